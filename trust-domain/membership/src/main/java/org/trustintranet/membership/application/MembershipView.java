package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.domain.Membership;

/** One membership of a person, current or ended. */
public record MembershipView(
    long id, long schoolId, String schoolName, SchoolRole role, Instant startedAt, Instant endedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static MembershipView of(Membership m) {
    return new MembershipView(
        m.getId(),
        m.getSchool().getId(),
        m.getSchool().getName(),
        m.getRole(),
        m.getStartedAt(),
        m.getEndedAt());
  }

  public boolean current() {
    return endedAt == null;
  }
}
