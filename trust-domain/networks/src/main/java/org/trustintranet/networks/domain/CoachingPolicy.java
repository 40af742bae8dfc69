package org.trustintranet.networks.domain;

import java.time.LocalDate;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with coaching, written once and asked by the service and the screens alike.
 *
 * <ul>
 *   <li>Pair a coach with a coachee, end a pairing early, set a network's limit of coachees per
 *       coach, and oversee its pairings (who, when they last met, how often, stalled or not): the
 *       network's current leads and trust admins ({@link NetworkPolicy#mayManage}).
 *   <li>Read a pairing's meetings' actions and notes and its goals: the coach and the coachee only.
 *       Nobody else, leads and admins included: they see that a meeting happened, on which day, and
 *       no more.
 *   <li>Log meetings, set goals and record progress: the coach and the coachee, while the pairing
 *       is open.
 * </ul>
 */
public final class CoachingPolicy {
  private CoachingPolicy() {}

  public static boolean mayOversee(UserProfile me, NetworkMember mine, LocalDate today) {
    return NetworkPolicy.mayManage(me, mine, today);
  }

  /** The coach or the coachee of the pairing. */
  public static boolean isParty(UserProfile me, CoachingPair pair) {
    return !me.isAnonymous() && pair.involves(me.personId());
  }

  /** Sees the pairing at all: its pair, or those who oversee the network's coaching. */
  public static boolean maySee(
      UserProfile me, NetworkMember mine, CoachingPair pair, LocalDate today) {
    return isParty(me, pair) || mayOversee(me, mine, today);
  }

  /** Reads the notes, actions and goals: the pair alone. */
  public static boolean mayReadPrivate(UserProfile me, CoachingPair pair) {
    return isParty(me, pair);
  }

  /** Logs a meeting, sets a goal or records progress: the pair, while the pairing is open. */
  public static boolean mayWrite(UserProfile me, CoachingPair pair, LocalDate today) {
    return isParty(me, pair) && pair.isOpen(today);
  }

  /**
   * Refuses a pairing that may not be made: the two the same person, either not a current member of
   * the network, the coachee already given a coach there this year, or the coach at the network's
   * limit.
   *
   * @param coach the coach's row with the network, or null
   * @param coachee the coachee's row with the network, or null
   * @param coachesNow how many open pairings the coach has in the network as a coach
   * @param coacheePaired whether the coachee has an open pairing there as a coachee
   */
  public static void checkPairing(
      NetworkMember coach,
      NetworkMember coachee,
      long coachesNow,
      int limit,
      boolean coacheePaired,
      LocalDate today) {
    if (coach != null && coachee != null && coach.getPersonId() == coachee.getPersonId()) {
      throw new BusinessException("error.coaching.samePerson");
    }
    if (coach == null || !coach.isCurrent(today) || coachee == null || !coachee.isCurrent(today)) {
      throw new BusinessException("error.coaching.notMembers");
    }
    if (coacheePaired) {
      throw new BusinessException("error.coaching.alreadyCoached");
    }
    if (coachesNow >= limit) {
      throw new BusinessException("error.coaching.coachFull", limit);
    }
  }
}
