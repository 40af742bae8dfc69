package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.Map;

/**
 * The demo trust was just seeded: its people by the local part of their e-mail address ({@code
 * "trust.admin"}) and its schools by URN. Fired inside the seeding transaction, so that other
 * contexts can add their own demo content about the same people (news posts by its staff).
 */
public record DemoTrustSeeded(Map<String, Long> people, Map<String, Long> schools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public DemoTrustSeeded {
    people = Map.copyOf(people);
    schools = Map.copyOf(schools);
  }

  /** The id of a demo person, e.g. {@code person("trust.admin")}. */
  public long person(String emailLocalPart) {
    Long id = people.get(emailLocalPart);
    if (id == null) {
      throw new IllegalArgumentException("no demo person " + emailLocalPart);
    }
    return id;
  }

  /** The id of a demo school by its URN. */
  public long school(String urn) {
    Long id = schools.get(urn);
    if (id == null) {
      throw new IllegalArgumentException("no demo school " + urn);
    }
    return id;
  }
}
