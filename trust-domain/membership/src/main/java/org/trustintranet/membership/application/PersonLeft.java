package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person left the trust: they can no longer sign in and all their memberships ended (each also
 * told as {@link MembershipEnded}). Fired inside the transaction: observe it {@code during =
 * TransactionPhase.AFTER_SUCCESS}.
 */
public record PersonLeft(long personId, Instant at) implements Serializable {}
