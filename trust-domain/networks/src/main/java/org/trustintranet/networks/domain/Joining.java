package org.trustintranet.networks.domain;

/** How someone becomes a member of a network. */
public enum Joining {
  /** Anyone of the trust joins at once. */
  OPEN,
  /** Anyone of the trust asks; a lead approves or declines. */
  BY_REQUEST,
  /** Only people a lead invites, who then accept. */
  BY_INVITATION
}
