package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionRepository;

/** Saves a new session (after its room is booked) in a transaction of its own, audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SessionDesk {
  @Inject SessionRepository sessions;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * The sessions, each with its booking (null or {@code bookings} null: online) and the room's
   * {@code place}, saved together or not at all; their ids in the order given.
   */
  public List<Long> addAll(
      Network network, List<SessionDetails> all, List<Long> bookings, String place) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ids.add(add(network, all.get(i), bookings == null ? null : bookings.get(i), place));
    }
    return ids;
  }

  public long add(Network network, SessionDetails details, Long bookingId, String place) {
    NetworkSession session =
        sessions.add(
            new NetworkSession(
                network.getId(),
                details,
                bookingId,
                place,
                currentUser.profile().personId(),
                clock.instant()));
    sessions.flush();
    audit.record(
        "networks.schedule",
        SessionServiceImpl.SUBJECT,
        session.getId(),
        network.getName() + ": " + session.getTitle(),
        null,
        Map.of("start", details.start().toString()));
    return session.getId();
  }
}
