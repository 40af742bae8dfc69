package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's membership of a school ended (removed by an admin, or because they left the trust).
 * Fired inside the transaction: observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record MembershipEnded(long personId, long schoolId, Instant at) implements Serializable {}
