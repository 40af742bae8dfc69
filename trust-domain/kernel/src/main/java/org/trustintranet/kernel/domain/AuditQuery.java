package org.trustintranet.kernel.domain;

import java.time.Instant;

/** Filters for browsing the audit trail; any of them may be null (no filter). */
public record AuditQuery(
    String actorName, String action, String subjectType, Instant from, Instant to) {
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
