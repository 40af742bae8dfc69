package org.trustintranet.networks.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Coaching pairings, their meetings and goals, as the service needs them. */
public interface CoachingRepository {
  CoachingPair addPair(CoachingPair pair);

  Optional<CoachingPair> pair(long id);

  /** The pairing, its row locked until the transaction ends. */
  Optional<CoachingPair> lockPair(long id);

  /** A network's pairings of the academic year ending on {@code yearEnds}, open or ended. */
  List<CoachingPair> pairsOf(long networkId, LocalDate yearEnds);

  /** The pairings where the person is coach or coachee, the latest year first. */
  List<CoachingPair> pairsWith(long personId);

  /** The person's open pairings as coach or coachee: in one network, or in all (null). */
  List<CoachingPair> openPairsWith(long personId, Long networkId, LocalDate today);

  /** How many open pairings the person has as a coach in the network. */
  long openAsCoach(long networkId, long coachId, LocalDate today);

  /** Whether the person has an open pairing as a coachee in the network. */
  boolean openAsCoachee(long networkId, long coacheeId, LocalDate today);

  CoachingMeeting addMeeting(CoachingMeeting meeting);

  /** A pairing's meetings, the latest first. */
  List<CoachingMeeting> meetings(long pairId);

  CoachingGoal addGoal(CoachingGoal goal);

  Optional<CoachingGoal> goal(long id);

  /** A pairing's goals, in the order they were set. */
  List<CoachingGoal> goals(long pairId);

  /** Writes what is pending; a stale version becomes a concurrent change. */
  void flush();
}
