package org.trustintranet.membership.application;

import java.io.Serializable;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.membership.domain.School;

/** A school as the screens show it, with its number of current members. */
public record SchoolView(
    long id,
    String urn,
    String name,
    Phase phase,
    String localAuthority,
    String address,
    String headTeacher,
    boolean archived,
    long version,
    long memberCount)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static SchoolView of(School s, long memberCount) {
    return new SchoolView(
        s.getId(),
        s.getUrn().value(),
        s.getName(),
        s.getPhase(),
        s.getLocalAuthority(),
        s.getAddress(),
        s.getHeadTeacher(),
        s.isArchived(),
        s.getVersion(),
        memberCount);
  }

  public SchoolForm toForm() {
    return new SchoolForm(urn, name, phase, localAuthority, address, headTeacher);
  }
}
