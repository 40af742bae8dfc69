package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;

/** A registration for a programme with a cost, awaiting its school admin's approval. */
public record RequestView(
    long id,
    long programmeId,
    String programmeTitle,
    int costPence,
    String name,
    String schoolName,
    Instant requestedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
