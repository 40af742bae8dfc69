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
import java.time.LocalTime;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A teacher's offer to be watched teaching ("come and watch me teach"), with its count of places
 * given. A sign-up or a withdrawal changes the count under the offer's row lock, so that two
 * colleagues never take the same last place.
 */
@Entity
@Table(name = "open_classroom")
public class OpenClassroom {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "teacher_id", nullable = false)
  private long teacherId;

  @Column(name = "school_id", nullable = false)
  private long schoolId;

  @Column(name = "held_on", nullable = false)
  private LocalDate day;

  private LocalTime starts;

  private LocalTime ends;

  @Column(name = "period_label", length = OpenClassroomDetails.PERIOD_LENGTH)
  private String periodLabel;

  @Column(name = "class_group", nullable = false, length = OpenClassroomDetails.CLASS_LENGTH)
  private String classGroup;

  @Column(nullable = false, length = OpenClassroomDetails.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "focus_area_id", nullable = false)
  private long focusAreaId;

  @Column(nullable = false, length = OpenClassroomDetails.DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "visitor_limit", nullable = false)
  private int visitorLimit;

  @Column(nullable = false)
  private int taken;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private OpenClassroomState state;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "cancelled_by")
  private Long cancelledBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version private long version;

  protected OpenClassroom() {}

  /** Offered by the teacher from one of their schools; never for a day before today. */
  public OpenClassroom(
      long teacherId, long schoolId, OpenClassroomDetails details, LocalDate today, Instant now) {
    if (details.day().isBefore(today)) {
      throw new BusinessException("error.openClassroom.datePast");
    }
    this.teacherId = teacherId;
    this.schoolId = schoolId;
    this.day = details.day();
    this.starts = details.starts();
    this.ends = details.ends();
    this.periodLabel = details.periodLabel().isEmpty() ? null : details.periodLabel();
    this.classGroup = details.classGroup();
    this.subject = details.subject();
    this.focusAreaId = details.focusAreaId();
    this.description = details.description();
    this.visitorLimit = details.visitorLimit();
    this.state = OpenClassroomState.OPEN;
    this.createdAt = now;
  }

  public boolean isOfferedBy(long personId) {
    return teacherId == personId;
  }

  public boolean isOpen() {
    return state == OpenClassroomState.OPEN;
  }

  public boolean hasFreePlace() {
    return taken < visitorLimit;
  }

  /**
   * A colleague takes a place: not the teacher, while the offer is open, its day not past, and a
   * place free (the caller holds the row lock).
   */
  public void signUp(long personId, LocalDate today) {
    if (isOfferedBy(personId)) {
      throw new BusinessException("error.openClassroom.ownOffer");
    }
    if (!isOpen()) {
      throw new BusinessException("error.openClassroom.cancelled");
    }
    if (day.isBefore(today)) {
      throw new BusinessException("error.openClassroom.over");
    }
    if (!hasFreePlace()) {
      throw new BusinessException("error.openClassroom.full");
    }
    taken++;
  }

  /** A visitor gives their place back. */
  public void placeGivenBack() {
    if (taken > 0) {
      taken--;
    }
  }

  /** Called off by {@code by} (its teacher, an admin, or the teacher leaving); once. */
  public void cancel(long by, Instant now) {
    if (!isOpen()) {
      throw new BusinessException("error.openClassroom.cancelled");
    }
    state = OpenClassroomState.CANCELLED;
    cancelledBy = by;
    cancelledAt = now;
  }

  /** Whether the day-before reminder is due: open, held tomorrow, not yet reminded. */
  public boolean needsReminder(LocalDate today) {
    return isOpen() && remindedAt == null && day.equals(today.plusDays(1));
  }

  public void reminded(Instant now) {
    remindedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTeacherId() {
    return teacherId;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStarts() {
    return starts;
  }

  public LocalTime getEnds() {
    return ends;
  }

  public String getPeriodLabel() {
    return periodLabel == null ? "" : periodLabel;
  }

  public String getClassGroup() {
    return classGroup;
  }

  public String getSubject() {
    return subject;
  }

  public long getFocusAreaId() {
    return focusAreaId;
  }

  public String getDescription() {
    return description;
  }

  public int getVisitorLimit() {
    return visitorLimit;
  }

  public int getTaken() {
    return taken;
  }

  public OpenClassroomState getState() {
    return state;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }
}
