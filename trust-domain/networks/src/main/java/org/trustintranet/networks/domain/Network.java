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
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A staff network across the trust's schools: its name, purpose, kind and how people join it. A
 * cohort network's memberships lapse at the end of each academic year unless renewed; a network
 * with an end date takes nobody new after it.
 */
@Entity
@Table(name = "network")
public class Network {
  public static final int NAME_LENGTH = 120;
  public static final int PURPOSE_LENGTH = 4000;

  /** How many coachees a coach takes in a network unless its leads say otherwise. */
  public static final int DEFAULT_COACH_LIMIT = 3;

  /** The most coachees a network's leads may let one coach take. */
  public static final int MOST_COACHEES = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = PURPOSE_LENGTH)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NetworkKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Joining joining;

  @Column(nullable = false)
  private boolean cohort;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "coach_limit", nullable = false)
  private int coachLimit = DEFAULT_COACH_LIMIT;

  @Version private long version;

  protected Network() {}

  public Network(NetworkDetails details, long createdBy, LocalDate today, Instant now) {
    this.createdBy = createdBy;
    this.createdAt = now;
    change(details, today, now);
  }

  /** New details; the end date, when given, may not lie in the past. */
  public void change(NetworkDetails details, LocalDate today, Instant now) {
    if (details.endsOn() != null
        && details.endsOn().isBefore(today)
        && !details.endsOn().equals(endsOn)) {
      throw new BusinessException("error.networks.endsInPast");
    }
    this.name = details.name();
    this.purpose = details.purpose();
    this.kind = details.kind();
    this.joining = details.joining();
    this.cohort = details.cohort();
    this.endsOn = details.endsOn();
    this.updatedAt = now;
  }

  /** True once its end date has passed: nobody joins any more. */
  public boolean hasEnded(LocalDate today) {
    return endsOn != null && today.isAfter(endsOn);
  }

  /** When a membership given or renewed today lapses: the academic year's end for a cohort. */
  public LocalDate lapseFor(LocalDate today) {
    return cohort ? AcademicYear.endOf(today) : null;
  }

  /**
   * How many coachees one coach may have in this network at once (1 to {@value #MOST_COACHEES}).
   */
  public void limitCoachees(int limit, Instant now) {
    if (limit < 1 || limit > MOST_COACHEES) {
      throw new BusinessException("error.coaching.limitRange", MOST_COACHEES);
    }
    this.coachLimit = limit;
    this.updatedAt = now;
  }

  public int getCoachLimit() {
    return coachLimit;
  }

  public NetworkDetails details() {
    return new NetworkDetails(name, purpose, kind, joining, cohort, endsOn);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPurpose() {
    return purpose;
  }

  public NetworkKind getKind() {
    return kind;
  }

  public Joining getJoining() {
    return joining;
  }

  public boolean isCohort() {
    return cohort;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
