package org.trustintranet.networks.application;

import java.util.Map;
import org.trustintranet.membership.application.DemoTrustSeeded;

/**
 * The demo trust's networks are seeded (inside the seeding transaction): the demo trust, and the
 * demo networks other contexts' demo content refers to by key ({@code "heads"}: the first and
 * second year headteachers, with its lead's person id).
 */
public record DemoNetworksSeeded(DemoTrustSeeded trust, Map<String, DemoNetwork> networks) {
  public DemoNetworksSeeded {
    networks = Map.copyOf(networks);
  }

  /** A demo network and one of its leads. */
  public record DemoNetwork(long networkId, long leadId) {}
}
