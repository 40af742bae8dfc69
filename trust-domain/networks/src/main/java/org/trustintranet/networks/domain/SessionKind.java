package org.trustintranet.networks.domain;

/** A programme's meeting: a taught session, or a day visiting a school to see its practice. */
public enum SessionKind {
  SESSION,
  VISIT
}
