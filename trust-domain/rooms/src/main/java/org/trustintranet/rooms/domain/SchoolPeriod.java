package org.trustintranet.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;

/**
 * One stored period of a school's {@link Timetable}, one row each; the timetable is replaced as a
 * whole when its admins save it, never changed a row at a time.
 */
@Entity
@Table(name = "school_period")
@NamedQuery(
    name = "SchoolPeriod.ofSchool",
    query = "select p from SchoolPeriod p where p.schoolId = :school order by p.startsAt, p.id")
public class SchoolPeriod {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false, updatable = false)
  private long schoolId;

  @Column(nullable = false, updatable = false, length = Timetable.NAME_LENGTH)
  private String name;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private LocalTime endsAt;

  protected SchoolPeriod() {}

  public SchoolPeriod(long schoolId, Timetable.Period period) {
    this.schoolId = schoolId;
    this.name = period.name();
    this.startsAt = period.starts();
    this.endsAt = period.ends();
  }

  public Timetable.Period period() {
    return new Timetable.Period(name, startsAt, endsAt);
  }

  public long getSchoolId() {
    return schoolId;
  }
}
