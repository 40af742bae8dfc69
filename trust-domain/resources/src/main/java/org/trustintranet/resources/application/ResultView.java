package org.trustintranet.resources.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.resources.domain.ResourceRow;

/** A search result: the row, its school's and owner's names, and whether the badge holds. */
public record ResultView(
    ResourceRow row, String schoolName, String ownerName, boolean assured, Instant createdAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
