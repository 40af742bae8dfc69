package org.trustintranet.networks.domain;

/** How a focus area stands on a teaching profile. */
public enum AreaKind {
  /** The teacher is strong in it and could be watched for it. */
  STRENGTH,
  /** The teacher is developing it and would learn from watching someone strong in it. */
  DEVELOPMENT
}
