package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.MeetingDetails;

/**
 * Coaching in a network: a lead pairs a coach with a coachee for an academic year (a coach takes no
 * more coachees there than the network's limit); the pair log their meetings, set goals and record
 * progress; the pairing closes at the year's end. The meetings' actions and notes and the goals are
 * the pair's alone: leads and trust admins see only when and how often they met. Who may do what is
 * {@code CoachingPolicy}; a pairing the asker may not see is "not found". Every change is audited,
 * never with the pair's words.
 */
public interface CoachingService {
  String NOT_FOUND = "error.coaching.notFound";
  String CLOSED = "error.coaching.closed";

  /** The network's coaching as the asker may see it. */
  CoachingOverview overview(long networkId);

  /** The asker's own pairings, as coach or coachee, in every network, the latest year first. */
  List<PairingView> mine();

  PairingDetail pairing(long pairId);

  /** Pairs a coach with a coachee, both current members; leads and trust admins. Returns its id. */
  long pair(long networkId, long coachId, long coacheeId);

  /** Ends an open pairing before its year is out; leads and trust admins. */
  void end(long pairId);

  /** How many coachees one coach may have in the network (1 to 10); leads and trust admins. */
  void limitCoachees(long networkId, int limit);

  /** Logs a meeting of an open pairing; its coach or coachee. Returns its id. */
  long logMeeting(long pairId, @NotNull MeetingDetails details);

  /** Sets a goal for an open pairing; its coach or coachee. Returns its id. */
  long setGoal(long pairId, String goal);

  /** Records a goal's progress; its pairing's coach or coachee, while the pairing is open. */
  void recordProgress(long goalId, GoalStatus status, String progress);
}
