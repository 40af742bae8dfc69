package org.trustintranet.networks.domain;

/** Who may see a teaching profile, and so who may be suggested it as an observation partner. */
public enum ProfileVisibility {
  /** Everyone in the trust. */
  TRUST,
  /** Colleagues at the teacher's own schools. */
  SCHOOLS,
  /** Nobody: the teacher keeps it for themselves and is never suggested. */
  NOBODY
}
