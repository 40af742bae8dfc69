package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting of a coaching pair: its day, and the actions and notes only the pair may read. */
@Entity
@Table(name = "coaching_meeting")
public class CoachingMeeting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pair_id", nullable = false)
  private long pairId;

  @Column(name = "met_on", nullable = false)
  private LocalDate metOn;

  @Column(nullable = false, length = MeetingDetails.ACTIONS_LENGTH)
  private String actions;

  @Column(nullable = false, length = MeetingDetails.NOTES_LENGTH)
  private String notes;

  @Column(name = "logged_by", nullable = false)
  private long loggedBy;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  protected CoachingMeeting() {}

  public CoachingMeeting(long pairId, MeetingDetails details, long loggedBy, Instant now) {
    this.pairId = pairId;
    this.metOn = details.metOn();
    this.actions = details.actions();
    this.notes = details.notes();
    this.loggedBy = loggedBy;
    this.loggedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPairId() {
    return pairId;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public String getActions() {
    return actions;
  }

  public String getNotes() {
    return notes;
  }

  public long getLoggedBy() {
    return loggedBy;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
