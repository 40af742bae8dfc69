package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * A person joined a school (added, imported, or given a role where they had none). Fired inside the
 * transaction that makes the change: observe it {@code during = TransactionPhase.AFTER_SUCCESS} to
 * act only once it is committed.
 */
public record MembershipStarted(long personId, long schoolId, SchoolRole role, Instant at)
    implements Serializable {}
