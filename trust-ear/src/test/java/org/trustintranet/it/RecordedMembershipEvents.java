package org.trustintranet.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustintranet.membership.application.MembershipEnded;
import org.trustintranet.membership.application.MembershipStarted;
import org.trustintranet.membership.application.PersonLeft;

/**
 * Observes membership's events as another context would (after the change is committed), so that an
 * in-container test can see what the other contexts are told.
 */
@ApplicationScoped
public class RecordedMembershipEvents {
  private final List<String> seen = new CopyOnWriteArrayList<>();

  void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipStarted e) {
    seen.add(e.personId() + " started " + e.schoolId() + " " + e.role());
  }

  void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipEnded e) {
    seen.add(e.personId() + " ended " + e.schoolId());
  }

  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonLeft e) {
    seen.add(e.personId() + " left");
  }

  /** What was told about one person, in order, without the person's id. */
  public List<String> about(long personId) {
    String prefix = personId + " ";
    return seen.stream()
        .filter(s -> s.startsWith(prefix))
        .map(s -> s.substring(prefix.length()))
        .toList();
  }
}
