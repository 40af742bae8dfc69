package org.trustintranet.membership.domain;

import java.util.Objects;
import org.trustintranet.kernel.domain.Phase;

/** What a school is called and where it is: everything about a school that an admin may change. */
public record SchoolProfile(
    String name, Phase phase, String localAuthority, String address, String headTeacher) {
  public SchoolProfile {
    name = Objects.requireNonNull(name, "name").trim();
    Objects.requireNonNull(phase, "phase");
    localAuthority = blankToNull(localAuthority);
    address = blankToNull(address);
    headTeacher = blankToNull(headTeacher);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
