package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.trustintranet.membership.application.PersonLeft;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.CoachingRepository;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.PairEnd;
import org.trustintranet.networks.domain.SessionRepository;

/**
 * When someone leaves the trust, their memberships, leads, requests and invitations and their open
 * coaching pairings end (what they wrote stays attributed to them). After membership's change
 * commits, in a transaction of its own.
 */
@ApplicationScoped
public class LeaversLeaveNetworks {
  private static final Logger LOG = Logger.getLogger(LeaversLeaveNetworks.class.getName());

  @Inject NetworkRepository networks;
  @Inject SessionRepository sessions;
  @Inject CoachingRepository coaching;
  @Inject WaitingList waitingList;
  @Inject Clock clock;

  /** Their rows go; a place they held at a session to come passes to the first waiting. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonLeft leaver) {
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    Instant now = clock.instant();
    coaching
        .openPairsWith(leaver.personId(), null, today)
        .forEach(p -> p.end(PairEnd.LEFT_TRUST, today, now));
    coaching.flush();
    int rows = networks.removeAllOf(leaver.personId());
    List<Long> freed = sessions.removeFuturePlacesOf(leaver.personId(), clock.instant());
    sessions.flush();
    for (long id : freed) {
      sessions
          .lock(id)
          .ifPresent(
              s -> {
                s.givePlaceBack();
                waitingList.placeFreed(s);
              });
    }
    LOG.fine(() -> "A leaver's " + rows + " network rows and " + freed.size() + " places removed");
  }
}
