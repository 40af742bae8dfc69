package org.trustintranet.networks.application;

import java.io.Serializable;

/**
 * Someone's standing with a network changed (joined, left, admitted, removed, lapsed membership
 * renewed, made lead). Fired inside the transaction: observe it {@code during =
 * TransactionPhase.AFTER_SUCCESS}. News uses it for a network's audience.
 */
public record NetworkMembershipChanged(long networkId, long personId) implements Serializable {
  private static final long serialVersionUID = 1L;
}
