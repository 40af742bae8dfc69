package org.trustintranet.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * A person's membership of one school, with their role there. Ended memberships stay as history.
 * The column {@code current_marker} is 1 while current and null once ended, so that a unique key on
 * (person, school, marker) allows one current membership per school and any number of ended ones.
 */
@Entity
@Table(name = "membership")
public class Membership {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private SchoolRole role;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "current_marker")
  private Integer currentMarker = 1;

  protected Membership() {}

  Membership(Person person, School school, SchoolRole role, Instant startedAt) {
    this.person = person;
    this.school = school;
    this.role = role;
    this.startedAt = startedAt;
  }

  void changeRole(SchoolRole newRole) {
    this.role = newRole;
  }

  void end(Instant now) {
    endedAt = now;
    currentMarker = null;
  }

  public boolean isCurrent() {
    return endedAt == null;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public School getSchool() {
    return school;
  }

  public SchoolRole getRole() {
    return role;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
