package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
