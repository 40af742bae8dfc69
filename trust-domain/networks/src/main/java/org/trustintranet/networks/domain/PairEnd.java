package org.trustintranet.networks.domain;

/** Why a coaching pairing ended before its academic year did. */
public enum PairEnd {
  /** A lead of the network (or a trust admin) ended it. */
  LEAD,
  /** The coach or the coachee left the network. */
  LEFT_NETWORK,
  /** The coach or the coachee left the trust. */
  LEFT_TRUST
}
