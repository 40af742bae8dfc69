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
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A person's registration for a programme, from one of their schools, and where it stands. One row
 * per person and programme: registering again after cancelling or being declined reopens it.
 */
@Entity
@Table(name = "programme_registration")
public class Registration {
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id", nullable = false)
  private long programmeId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "school_id", nullable = false)
  private long schoolId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RegistrationState state;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Version private long version;

  protected Registration() {}

  public Registration(
      long programmeId, long personId, long schoolId, RegistrationState state, Instant now) {
    this.programmeId = programmeId;
    this.personId = personId;
    this.schoolId = schoolId;
    this.state = state;
    this.requestedAt = now;
  }

  /** Registering again after cancelling or a refusal: at the back of any queue. */
  public void reopen(long schoolId, RegistrationState state, Instant now) {
    if (this.state.isLive()) {
      throw new BusinessException("error.learning.alreadyRegistered");
    }
    this.schoolId = schoolId;
    this.state = state;
    this.requestedAt = now;
    this.decidedAt = null;
    this.decidedBy = null;
    this.reason = null;
  }

  /** Approved by an admin of the registrant's school: a place or the waiting list. */
  public void approve(RegistrationState admitted, long by, Instant now) {
    requireRequested();
    this.state = admitted;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  /** Declined by an admin of the registrant's school, with a reason. */
  public void decline(String why, long by, Instant now) {
    requireRequested();
    String text = why == null ? "" : why.strip();
    if (text.isEmpty()) {
      throw new BusinessException("error.learning.reasonRequired");
    }
    if (text.length() > REASON_LENGTH) {
      throw new BusinessException("error.learning.reasonTooLong", REASON_LENGTH);
    }
    this.state = RegistrationState.DECLINED;
    this.reason = text;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  /** Cancelled by the registrant; returns whether it held a place. */
  public boolean cancel() {
    if (!state.isLive()) {
      throw new BusinessException("error.learning.notRegistered");
    }
    boolean held = state == RegistrationState.PLACE;
    state = RegistrationState.CANCELLED;
    return held;
  }

  /** From the waiting list to a place. */
  public void promote() {
    if (state != RegistrationState.WAITING) {
      throw new IllegalStateException("not waiting");
    }
    state = RegistrationState.PLACE;
  }

  private void requireRequested() {
    if (state != RegistrationState.REQUESTED) {
      throw new BusinessException("error.learning.notRequested");
    }
  }

  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getPersonId() {
    return personId;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public RegistrationState getState() {
    return state;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}
