package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.trustintranet.membership.application.PersonLeft;
import org.trustintranet.networks.domain.OpenClassroom;
import org.trustintranet.networks.domain.OpenClassroomRepository;
import org.trustintranet.networks.domain.OpenClassroomVisit;

/**
 * When someone leaves the trust, their open classrooms still offered are cancelled, as by them, and
 * their visitors are mailed. After membership's change commits, in a transaction of its own.
 */
@ApplicationScoped
public class LeaversCancelOpenClassrooms {
  @Inject OpenClassroomRepository offers;
  @Inject OpenClassroomMail mail;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonLeft leaver) {
    Instant now = clock.instant();
    for (OpenClassroom o : offers.openOfferedBy(leaver.personId())) {
      OpenClassroom offer = offers.lock(o.getId()).orElseThrow();
      if (offer.isOpen()) {
        offer.cancel(leaver.personId(), now);
        List<Long> visitors =
            offers.bookedFor(List.of(offer.getId())).stream()
                .map(OpenClassroomVisit::getPersonId)
                .toList();
        mail.cancelled(offer, visitors);
      }
    }
    offers.flush();
  }
}
