package org.trustintranet.networks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Peer observations and their feedback, as the service needs them. */
public interface ObservationRepository {
  PeerObservation add(PeerObservation observation);

  Optional<PeerObservation> find(long id);

  /** The observation, its row locked until the transaction ends. */
  Optional<PeerObservation> lock(long id);

  /** Whether the two have an open observation (invited, accepted or scheduled), either way. */
  boolean openBetween(long one, long other);

  /** The person's observations, as inviter or invitee, the latest invitation first. */
  List<PeerObservation> with(long personId);

  /** The observation's feedback, one per person who recorded some. */
  List<ObservationFeedback> feedback(long observationId);

  ObservationFeedback addFeedback(ObservationFeedback feedback);

  /** Completed observations per school: of {@code schoolIds}, or of every school (null). */
  Map<Long, Long> completedBySchool(Collection<Long> schoolIds);

  /** A focus area of the trust's list. */
  Optional<FocusArea> focusArea(long id);

  /** The focus areas still offered, by name. */
  List<FocusArea> offeredFocusAreas();

  /** Writes what is pending; a stale version becomes a concurrent change. */
  void flush();
}
