package org.trustintranet.networks.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Networks' sessions and their places, as the services need them. */
public interface SessionRepository {
  NetworkSession add(NetworkSession session);

  Optional<NetworkSession> find(long id);

  /** The session, its row locked until the transaction ends: places are taken one at a time. */
  Optional<NetworkSession> lock(long id);

  /** A network's sessions that have not started, soonest first, at most {@code limit}. */
  List<NetworkSession> upcoming(long networkId, Instant now, int limit);

  /** A network's sessions that have started, latest first, at most {@code limit}. */
  List<NetworkSession> past(long networkId, Instant now, int limit);

  /** The soonest session not yet started, not cancelled, where the person has a booked place. */
  Optional<NetworkSession> nextBookedFor(long personId, Instant now);

  SessionPlace addPlace(SessionPlace place);

  void removePlace(SessionPlace place);

  Optional<SessionPlace> place(long sessionId, long personId);

  /** A session's places: booked first, then the waiting list, each in the order of signing up. */
  List<SessionPlace> places(long sessionId);

  /** The person's places at these sessions. */
  List<SessionPlace> placesOf(long personId, Collection<Long> sessionIds);

  /** How many wait for each of these sessions (sessions nobody waits for are left out). */
  Map<Long, Long> waitingCounts(Collection<Long> sessionIds);

  /** The first on the waiting list, if anyone waits. */
  Optional<SessionPlace> firstWaiting(long sessionId);

  /**
   * Removes a leaver's places at sessions not yet started; returns the sessions they were booked
   * at.
   */
  List<Long> removeFuturePlacesOf(long personId, Instant now);

  void flush();
}
