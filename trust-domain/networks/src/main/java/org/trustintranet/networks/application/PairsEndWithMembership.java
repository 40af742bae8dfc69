package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.CoachingRepository;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.PairEnd;

/**
 * Someone who is no longer a current member of a network (they left, or a lead removed them) has no
 * open coaching pairings there any more: they end, inside the same transaction as the change. What
 * the pair wrote stays, readable by the pair.
 */
@ApplicationScoped
public class PairsEndWithMembership {
  @Inject NetworkRepository networks;
  @Inject CoachingRepository coaching;
  @Inject Clock clock;

  void changed(@Observes NetworkMembershipChanged change) {
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    boolean current =
        networks
            .member(change.networkId(), change.personId())
            .map(m -> m.isCurrent(today))
            .orElse(false);
    if (!current) {
      Instant now = clock.instant();
      coaching
          .openPairsWith(change.personId(), change.networkId(), today)
          .forEach(p -> p.end(PairEnd.LEFT_NETWORK, today, now));
      coaching.flush();
    }
  }
}
