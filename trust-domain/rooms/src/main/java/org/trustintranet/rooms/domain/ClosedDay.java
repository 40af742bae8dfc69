package org.trustintranet.rooms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A day a school is closed (a holiday, an INSET day), with its reason: nobody books a room of the
 * school that day. Kept once per school, one row per day; a range entered on the screen is stored
 * as its days.
 */
@Entity
@Table(name = "closed_day")
@NamedQuery(
    name = "ClosedDay.ofSchoolBetween",
    query =
        "select c from ClosedDay c where c.schoolId = :school and c.day >= :from and c.day <= :to"
            + " order by c.day")
public class ClosedDay {
  public static final int REASON_LENGTH = 120;

  /** The longest range entered at once. */
  public static final int MAX_RANGE_DAYS = 366;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_id", nullable = false, updatable = false)
  private long schoolId;

  @Column(name = "closed_on", nullable = false, updatable = false)
  private LocalDate day;

  @Column(nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ClosedDay() {}

  public ClosedDay(long schoolId, LocalDate day, String reason, Instant now) {
    this.schoolId = schoolId;
    this.day = Objects.requireNonNull(day, "day");
    this.reason = checkedReason(reason);
    this.createdAt = now;
  }

  /** The reason stripped; refused when empty or too long. */
  public static String checkedReason(String reason) {
    String checked = reason == null ? "" : reason.strip();
    if (checked.isEmpty()) {
      throw new BusinessException("error.rooms.closedDay.reasonRequired");
    }
    if (checked.length() > REASON_LENGTH) {
      throw new BusinessException("error.rooms.closedDay.reasonTooLong", REASON_LENGTH);
    }
    return checked;
  }

  public Long getId() {
    return id;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getReason() {
    return reason;
  }
}
