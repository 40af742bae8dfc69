package org.trustintranet.membership.domain;

import java.util.Optional;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * What the staff import needs to know of someone already on record: their details, whether they are
 * still active, their current role at the importing school (null when they are not a member there)
 * and whether the importer may change their details ({@link StaffPolicy#mayReviseDetails}: not when
 * they also belong to other schools or hold a trust role).
 */
public record ExistingPerson(
    String email,
    PersonName name,
    String jobTitle,
    boolean active,
    SchoolRole roleHere,
    boolean detailsEditable) {

  /** Someone whose details the importer may change. */
  public ExistingPerson(
      String email, PersonName name, String jobTitle, boolean active, SchoolRole roleHere) {
    this(email, name, jobTitle, active, roleHere, true);
  }

  /** A snapshot of {@code person} as {@code importer} sees it from school {@code schoolId}. */
  public static ExistingPerson of(Person person, long schoolId, UserProfile importer) {
    return new ExistingPerson(
        person.getEmail().value(),
        person.getName(),
        person.getJobTitle(),
        person.isActive(),
        person.currentMembershipAt(schoolId).map(Membership::getRole).orElse(null),
        StaffPolicy.mayReviseDetails(importer, person.standing()));
  }

  public Optional<SchoolRole> role() {
    return Optional.ofNullable(roleHere);
  }
}
