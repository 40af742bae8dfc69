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
 * A colleague's place to watch an open classroom, from one of their schools. One row per person and
 * offer: signing up again after withdrawing reopens it.
 */
@Entity
@Table(name = "open_classroom_visit")
public class OpenClassroomVisit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "open_classroom_id", nullable = false)
  private long openClassroomId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "school_id", nullable = false)
  private long schoolId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private VisitState state;

  @Column(name = "signed_up_at", nullable = false)
  private Instant signedUpAt;

  @Version private long version;

  protected OpenClassroomVisit() {}

  public OpenClassroomVisit(long openClassroomId, long personId, long schoolId, Instant now) {
    this.openClassroomId = openClassroomId;
    this.personId = personId;
    this.schoolId = schoolId;
    this.state = VisitState.BOOKED;
    this.signedUpAt = now;
  }

  /** Signing up again after withdrawing. */
  public void rebook(long schoolId, Instant now) {
    if (isBooked()) {
      throw new BusinessException("error.openClassroom.alreadySignedUp");
    }
    this.schoolId = schoolId;
    this.state = VisitState.BOOKED;
    this.signedUpAt = now;
  }

  /** The visitor gives their place back. */
  public void withdraw() {
    if (!isBooked()) {
      throw new BusinessException("error.openClassroom.notSignedUp");
    }
    state = VisitState.WITHDRAWN;
  }

  public boolean isBooked() {
    return state == VisitState.BOOKED;
  }

  public Long getId() {
    return id;
  }

  public long getOpenClassroomId() {
    return openClassroomId;
  }

  public long getPersonId() {
    return personId;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public VisitState getState() {
    return state;
  }

  public Instant getSignedUpAt() {
    return signedUpAt;
  }
}
