package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * Where the current user may publish: the whole trust or not, which schools, and the members of
 * which networks (none at all for someone who may not publish).
 */
public record PublishingScope(
    boolean wholeTrust, List<SchoolOption> schools, List<NetworkOption> networks)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nowhere. */
  public static final PublishingScope NONE = new PublishingScope(false, List.of(), List.of());

  public PublishingScope {
    schools = List.copyOf(schools);
    networks = List.copyOf(networks);
  }

  public boolean mayPublish() {
    return wholeTrust || !schools.isEmpty() || !networks.isEmpty();
  }
}
