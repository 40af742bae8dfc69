package org.trustintranet.networks.domain;

/** Where a person stands with a network. */
public enum MemberState {
  /** A member (or lead), unless their cohort membership has lapsed. */
  ACTIVE,
  /** Asked to join a network that takes members by request; a lead has not answered yet. */
  REQUESTED,
  /** Invited by a lead; has not accepted yet. */
  INVITED
}
