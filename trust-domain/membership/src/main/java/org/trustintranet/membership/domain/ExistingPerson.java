package org.trustintranet.membership.domain;

import java.util.Optional;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * What the staff import needs to know of someone already on record: their details, whether they are
 * still active, and their current role at the importing school (null when they are not a member
 * there).
 */
public record ExistingPerson(
    String email, PersonName name, String jobTitle, boolean active, SchoolRole roleHere) {

  /** A snapshot of {@code person} as seen from school {@code schoolId}. */
  public static ExistingPerson of(Person person, long schoolId) {
    return new ExistingPerson(
        person.getEmail().value(),
        person.getName(),
        person.getJobTitle(),
        person.isActive(),
        person.currentMembershipAt(schoolId).map(Membership::getRole).orElse(null));
  }

  public Optional<SchoolRole> role() {
    return Optional.ofNullable(roleHere);
  }
}
