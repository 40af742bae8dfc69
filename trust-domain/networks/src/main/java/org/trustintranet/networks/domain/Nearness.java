package org.trustintranet.networks.domain;

/** How near a suggested partner works, nearest first: the order suggestions are ranked in. */
public enum Nearness {
  /** At one of the teacher's own schools. */
  SAME_SCHOOL,
  /** In a staff network (a hub, a subject or phase network) the teacher belongs to. */
  SAME_NETWORK,
  /** Elsewhere in the trust. */
  TRUST
}
