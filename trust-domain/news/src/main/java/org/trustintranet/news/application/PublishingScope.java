package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * Where the current user may publish: the whole trust or not, and which schools (none at all for
 * someone who may not publish).
 */
public record PublishingScope(boolean wholeTrust, List<SchoolOption> schools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PublishingScope {
    schools = List.copyOf(schools);
  }

  public boolean mayPublish() {
    return wholeTrust || !schools.isEmpty();
  }
}
