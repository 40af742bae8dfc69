package org.trustintranet.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionPlace;
import org.trustintranet.networks.domain.SessionRepository;

/**
 * A network session that started an hour ago with one booked place, written straight through the
 * repository (the service schedules only sessions to come): for the tests of taking attendance.
 */
@ApplicationScoped
public class StartedSessions {
  @Inject SessionRepository sessions;

  @Transactional
  public long startedWith(long networkId, long bookedPersonId) {
    Instant start = Instant.now().minus(Duration.ofHours(1));
    NetworkSession session =
        sessions.add(
            new NetworkSession(
                networkId,
                new SessionDetails(
                    "Started",
                    "",
                    start,
                    start.plus(Duration.ofHours(2)),
                    5,
                    null,
                    "https://meet.example.org/s"),
                null,
                null,
                bookedPersonId,
                start.minus(Duration.ofDays(1))));
    sessions.flush();
    session.takePlace();
    sessions.addPlace(
        new SessionPlace(
            session.getId(), bookedPersonId, PlaceState.BOOKED, start.minus(Duration.ofDays(1))));
    sessions.flush();
    return session.getId();
  }
}
