package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A coach paired with a coachee by a lead of a network, for one academic year. It is open until
 * that year's end (it closes by itself: nothing has to run on 31 August), or until it is ended
 * early. It counts its meetings and keeps the date of the last, which is all that its network's
 * leads see of them.
 */
@Entity
@Table(name = "coaching_pair")
public class CoachingPair {
  /** A pair that has not met for this many days (about a half term) has stalled. */
  public static final int STALLED_AFTER_DAYS = 42;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "coach_id", nullable = false)
  private long coachId;

  @Column(name = "coachee_id", nullable = false)
  private long coacheeId;

  @Column(name = "year_ends", nullable = false)
  private LocalDate yearEnds;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ended_why", length = 12)
  private PairEnd endedWhy;

  @Column(name = "last_met")
  private LocalDate lastMet;

  @Column(nullable = false)
  private int meetings;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CoachingPair() {}

  /** A pairing for the academic year that holds {@code today}. */
  public CoachingPair(
      long networkId, long coachId, long coacheeId, long createdBy, LocalDate today, Instant now) {
    if (coachId == coacheeId) {
      throw new BusinessException("error.coaching.samePerson");
    }
    this.networkId = networkId;
    this.coachId = coachId;
    this.coacheeId = coacheeId;
    this.yearEnds = AcademicYear.endOf(today);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Open: not ended early and its academic year not over. */
  public boolean isOpen(LocalDate today) {
    return endedAt == null && !today.isAfter(yearEnds);
  }

  /** Ends it early; ending one that is closed already changes nothing. */
  public void end(PairEnd why, LocalDate today, Instant now) {
    if (isOpen(today)) {
      this.endedAt = now;
      this.endedWhy = why;
    }
  }

  /** The coach or the coachee. */
  public boolean involves(long personId) {
    return coachId == personId || coacheeId == personId;
  }

  /** Counts a meeting held on {@code metOn}, which becomes the last if it is the latest. */
  public void met(LocalDate metOn) {
    meetings++;
    if (lastMet == null || metOn.isAfter(lastMet)) {
      lastMet = metOn;
    }
  }

  /**
   * Open, and no meeting for {@value #STALLED_AFTER_DAYS} days: since the last meeting, or since it
   * was paired when they have not met yet.
   */
  public boolean isStalled(LocalDate today, LocalDate pairedOn) {
    if (!isOpen(today)) {
      return false;
    }
    LocalDate since = lastMet != null ? lastMet : pairedOn;
    return ChronoUnit.DAYS.between(since, today) > STALLED_AFTER_DAYS;
  }

  public Long getId() {
    return id;
  }

  public long getNetworkId() {
    return networkId;
  }

  public long getCoachId() {
    return coachId;
  }

  public long getCoacheeId() {
    return coacheeId;
  }

  public LocalDate getYearEnds() {
    return yearEnds;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public PairEnd getEndedWhy() {
    return endedWhy;
  }

  public LocalDate getLastMet() {
    return lastMet;
  }

  public int getMeetings() {
    return meetings;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
