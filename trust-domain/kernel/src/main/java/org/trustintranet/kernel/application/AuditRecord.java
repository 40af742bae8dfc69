package org.trustintranet.kernel.application;

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
    String after) {}
