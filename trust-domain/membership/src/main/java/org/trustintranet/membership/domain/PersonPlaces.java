package org.trustintranet.membership.domain;

import java.util.List;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * What others see of a person beside their name (bylines, lists): name, job title, standing and
 * current schools, read as plain values without loading the person and their memberships.
 */
public record PersonPlaces(
    long personId,
    String givenName,
    String familyName,
    String jobTitle,
    PersonStatus status,
    List<Place> places) {

  /** A current membership: the school and the role there. */
  public record Place(long schoolId, String schoolName, SchoolRole role) {}

  public PersonPlaces {
    places = List.copyOf(places);
  }

  public String displayName() {
    return givenName + " " + familyName;
  }
}
