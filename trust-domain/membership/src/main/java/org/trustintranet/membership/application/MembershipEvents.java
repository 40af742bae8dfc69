package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.trustintranet.kernel.domain.SchoolRole;

/** Tells the other contexts what happened to memberships; the one place the events are fired. */
@ApplicationScoped
class MembershipEvents {
  @Inject Event<MembershipStarted> started;
  @Inject Event<MembershipEnded> ended;
  @Inject Event<PersonLeft> left;

  void started(long personId, long schoolId, SchoolRole role, Instant at) {
    started.fire(new MembershipStarted(personId, schoolId, role, at));
  }

  void ended(long personId, long schoolId, Instant at) {
    ended.fire(new MembershipEnded(personId, schoolId, at));
  }

  void left(long personId, Instant at) {
    left.fire(new PersonLeft(personId, at));
  }
}
