package org.trustintranet.networks.domain;

/** What a network is for: a phase or role network, a subject network, or a hub's area. */
public enum NetworkKind {
  /** People in the same phase or role, e.g. first- and second-year headteachers. */
  PHASE_OR_ROLE,
  /** Subject leads and teachers of one subject. */
  SUBJECT,
  /** A hub school and the schools of its area. */
  HUB
}
