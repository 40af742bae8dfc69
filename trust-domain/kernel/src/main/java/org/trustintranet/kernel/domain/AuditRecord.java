package org.trustintranet.kernel.domain;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as the screens show it. */
public record AuditRecord(
    long id,
    Instant occurredAt,
    String actorName,
    String action,
    String subjectType,
    Long subjectId,
    String summary,
    String before,
    String after)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
