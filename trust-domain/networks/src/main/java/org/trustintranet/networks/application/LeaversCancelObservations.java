package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.trustintranet.membership.application.PersonLeft;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.PeerObservation;

/**
 * When someone leaves the trust, their open peer observations (invited, accepted or scheduled) are
 * cancelled, as by them; completed ones and their feedback stay, readable by the other of the two.
 * After membership's change commits, in a transaction of its own.
 */
@ApplicationScoped
public class LeaversCancelObservations {
  @Inject ObservationRepository observations;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonLeft leaver) {
    Instant now = clock.instant();
    for (PeerObservation o : observations.with(leaver.personId())) {
      if (o.getState().isOpen()) {
        o.cancel(leaver.personId(), now);
      }
    }
    observations.flush();
  }
}
