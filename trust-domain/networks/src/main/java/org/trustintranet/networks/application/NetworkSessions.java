package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A network's sessions as its page shows them, read together: the next ones that have not started,
 * soonest first, and the latest that have, latest first.
 */
public record NetworkSessions(List<SessionView> upcoming, List<SessionView> past)
    implements Serializable {
  public NetworkSessions {
    upcoming = List.copyOf(upcoming);
    past = List.copyOf(past);
  }
}
