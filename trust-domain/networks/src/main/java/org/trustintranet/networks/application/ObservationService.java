package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.networks.domain.ObservationDirection;

/**
 * Peer observation: a teacher developing an area (the inviter) invites a colleague strong in it
 * (the invitee), of their own school or another, either to watch them teach or to be watched; the
 * invitee accepts or declines; either agrees a day, a period or time and a lesson (never a day
 * before today) and may change it; after the lesson each records their own feedback (what went
 * well, next steps), which only the two read. It is completed once the lesson's day has come and
 * either records feedback or marks it done. Either may cancel it while it is open. Anyone else,
 * admins included, is told "not found" for the pair's observation. School admins see how many were
 * completed per school of theirs (trust admins: every school), never the content.
 */
public interface ObservationService {
  String NOT_FOUND = "error.observation.notFound";

  /** The colleague to invite and the focus areas an invitation may name. */
  InvitationForm invitation(long withPersonId);

  /**
   * Invites an active colleague (not oneself; not someone the asker has an open observation with
   * already), optionally naming a focus area. Returns the observation's id; the invitee is mailed.
   */
  long invite(
      long withPersonId, @NotNull ObservationDirection direction, Long focusAreaId, String message);

  /** The invitee says yes; the inviter is mailed. */
  void accept(long observationId);

  /** The invitee says no, with an optional reason; the inviter is mailed. */
  void decline(long observationId, String reason);

  /** Either of the two agrees the lesson, or changes it. */
  void agree(long observationId, @NotNull LessonSlot slot);

  /** Either of the two calls it off while it is open. */
  void cancel(long observationId);

  /** Either of the two marks it done, once the lesson's day has come. */
  void markDone(long observationId);

  /**
   * Records (or rewrites) the asker's own feedback, once the lesson's day has come; completes the
   * observation if it was not yet.
   */
  void recordFeedback(long observationId, String wentWell, String nextSteps);

  /** The asker's observations, both ways, the latest invitation first. */
  List<ObservationView> mine();

  /** One observation with both feedbacks, for its two people only. */
  ObservationDetail detail(long observationId);

  /** Whether the asker may see the per-school counts (school admins and trust admins). */
  boolean maySeeCounts();

  /** Completed observations per school the asker administers (trust admins: every school). */
  List<SchoolObservationCount> completedBySchool();
}
