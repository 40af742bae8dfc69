package org.trustintranet.networks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;

/**
 * A peer observation between two colleagues. The inviter (the teacher developing an area) asks the
 * invitee (a colleague strong in it) to watch them teach, or to be watched ({@link
 * ObservationDirection}). The invitee accepts or declines; either of the two agrees a day, a period
 * or time and a lesson, and may change it; it is completed once the lesson's day has come and
 * either records feedback or marks it done; either may cancel it while it is open. Nobody but the
 * two acts on it. It keeps the schools both belonged to when it was made, for the per-school count.
 */
@Entity
@Table(name = "peer_observation")
public class PeerObservation {
  public static final int MESSAGE_LENGTH = 1000;
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "inviter_id", nullable = false)
  private long inviterId;

  @Column(name = "invitee_id", nullable = false)
  private long inviteeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ObservationDirection direction;

  @Column(name = "focus_area_id")
  private Long focusAreaId;

  @Column(nullable = false, length = MESSAGE_LENGTH)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ObservationState state;

  @Column(name = "decline_reason", length = REASON_LENGTH)
  private String declineReason;

  @Column(name = "lesson_on")
  private LocalDate lessonOn;

  @Column(name = "lesson_time", length = LessonSlot.TIME_LENGTH)
  private String lessonTime;

  @Column(name = "lesson", length = LessonSlot.LESSON_LENGTH)
  private String lesson;

  @Column(name = "open_pair", length = 41)
  private String openPair;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "scheduled_by")
  private Long scheduledBy;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "completed_by")
  private Long completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "cancelled_by")
  private Long cancelledBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @ElementCollection
  @CollectionTable(
      name = "peer_observation_school",
      joinColumns = @JoinColumn(name = "observation_id"))
  @Column(name = "school_id")
  private Set<Long> schools = new HashSet<>();

  @Version private long version;

  protected PeerObservation() {}

  /**
   * An invitation from {@code inviterId} to {@code inviteeId}, counted for {@code schools} (those
   * either belongs to now).
   */
  public PeerObservation(
      long inviterId,
      long inviteeId,
      ObservationDirection direction,
      Long focusAreaId,
      String message,
      Collection<Long> schools,
      Instant now) {
    if (inviterId == inviteeId) {
      throw new BusinessException("error.observation.self");
    }
    if (direction == null) {
      throw new BusinessException("error.observation.directionRequired");
    }
    String words = message == null ? "" : message.strip();
    if (words.length() > MESSAGE_LENGTH) {
      throw new BusinessException("error.observation.messageTooLong", MESSAGE_LENGTH);
    }
    this.inviterId = inviterId;
    this.inviteeId = inviteeId;
    this.direction = direction;
    this.focusAreaId = focusAreaId;
    this.message = words;
    this.state = ObservationState.INVITED;
    this.openPair = pairKey(inviterId, inviteeId);
    this.invitedAt = now;
    this.schools = new HashSet<>(schools);
  }

  /** The key two people's open observation holds: the same whichever of them invited. */
  public static String pairKey(long one, long other) {
    return Math.min(one, other) + "-" + Math.max(one, other);
  }

  /** The inviter or the invitee. */
  public boolean involves(long personId) {
    return inviterId == personId || inviteeId == personId;
  }

  /** The one of the two who watches the lesson. */
  public long observerId() {
    return direction == ObservationDirection.INVITEE_WATCHES ? inviteeId : inviterId;
  }

  /** The one of the two whose lesson is watched. */
  public long observedId() {
    return direction == ObservationDirection.INVITEE_WATCHES ? inviterId : inviteeId;
  }

  /** The other of the two. */
  public long partnerOf(long personId) {
    return personId == inviterId ? inviteeId : inviterId;
  }

  public boolean mayAccept(long personId) {
    return personId == inviteeId && state == ObservationState.INVITED;
  }

  public boolean mayAgree(long personId) {
    return involves(personId)
        && (state == ObservationState.ACCEPTED || state == ObservationState.SCHEDULED);
  }

  public boolean mayCancel(long personId) {
    return involves(personId) && state.isOpen();
  }

  /** Either of the two, once the lesson's day has come (scheduled) or after it was completed. */
  public boolean mayRecordFeedback(long personId, LocalDate today) {
    return involves(personId) && (state == ObservationState.COMPLETED || lessonHasCome(today));
  }

  /** Either of the two, once the scheduled lesson's day has come. */
  public boolean mayMarkDone(long personId, LocalDate today) {
    return involves(personId) && lessonHasCome(today);
  }

  private boolean lessonHasCome(LocalDate today) {
    return state == ObservationState.SCHEDULED && lessonOn != null && !lessonOn.isAfter(today);
  }

  /** The invitee says yes. */
  public void accept(long by, Instant now) {
    answerable(by);
    state = ObservationState.ACCEPTED;
    answeredAt = now;
  }

  /** The invitee says no, with an optional reason. */
  public void decline(long by, String reason, Instant now) {
    String words = reason == null ? "" : reason.strip();
    if (words.length() > REASON_LENGTH) {
      throw new BusinessException("error.observation.reasonTooLong", REASON_LENGTH);
    }
    answerable(by);
    state = ObservationState.DECLINED;
    declineReason = words.isEmpty() ? null : words;
    answeredAt = now;
    openPair = null;
  }

  private void answerable(long by) {
    if (by != inviteeId) {
      throw new NotPermittedException();
    }
    if (state != ObservationState.INVITED) {
      throw new BusinessException("error.observation.notInvited");
    }
  }

  /** Either of the two agrees the lesson (or changes it), on a day not before today. */
  public void agree(long by, LessonSlot slot, LocalDate today, Instant now) {
    party(by);
    if (state != ObservationState.ACCEPTED && state != ObservationState.SCHEDULED) {
      throw new BusinessException("error.observation.notAccepted");
    }
    if (slot == null) {
      throw new BusinessException("error.observation.dateRequired");
    }
    slot.check(today);
    state = ObservationState.SCHEDULED;
    lessonOn = slot.day();
    lessonTime = slot.time();
    lesson = slot.lesson();
    scheduledBy = by;
    scheduledAt = now;
  }

  /** Either of the two calls it off while it is open. */
  public void cancel(long by, Instant now) {
    party(by);
    if (!state.isOpen()) {
      throw new BusinessException("error.observation.notOpen");
    }
    state = ObservationState.CANCELLED;
    cancelledBy = by;
    cancelledAt = now;
    openPair = null;
  }

  /**
   * Either of the two marks it done (recording feedback does this too): only once the scheduled
   * lesson's day has come. Marking a completed one again changes nothing.
   */
  public void complete(long by, LocalDate today, Instant now) {
    party(by);
    if (state == ObservationState.COMPLETED) {
      return;
    }
    if (state != ObservationState.SCHEDULED) {
      throw new BusinessException("error.observation.notScheduled");
    }
    if (lessonOn.isAfter(today)) {
      throw new BusinessException("error.observation.notYet");
    }
    state = ObservationState.COMPLETED;
    completedBy = by;
    completedAt = now;
    openPair = null;
  }

  private void party(long by) {
    if (!involves(by)) {
      throw new NotPermittedException();
    }
  }

  public Long getId() {
    return id;
  }

  public long getInviterId() {
    return inviterId;
  }

  public long getInviteeId() {
    return inviteeId;
  }

  public ObservationDirection getDirection() {
    return direction;
  }

  public Long getFocusAreaId() {
    return focusAreaId;
  }

  public String getMessage() {
    return message;
  }

  public ObservationState getState() {
    return state;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public LocalDate getLessonOn() {
    return lessonOn;
  }

  public String getLessonTime() {
    return lessonTime;
  }

  public String getLesson() {
    return lesson;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Long getScheduledBy() {
    return scheduledBy;
  }

  public Long getCompletedBy() {
    return completedBy;
  }

  public Long getCancelledBy() {
    return cancelledBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Set<Long> getSchools() {
    return Set.copyOf(schools);
  }
}
