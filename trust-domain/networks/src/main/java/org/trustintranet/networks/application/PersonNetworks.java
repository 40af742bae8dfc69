package org.trustintranet.networks.application;

import java.util.Set;

/** The networks a person belongs to now (as a member or a lead), and those among them they lead. */
public record PersonNetworks(Set<Long> current, Set<Long> led) {
  public PersonNetworks {
    current = Set.copyOf(current);
    led = Set.copyOf(led);
  }
}
