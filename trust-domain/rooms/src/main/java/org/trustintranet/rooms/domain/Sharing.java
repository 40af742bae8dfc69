package org.trustintranet.rooms.domain;

/** Who may book a room: the staff of its own school, or the staff of every school in the trust. */
public enum Sharing {
  OWN_SCHOOL,
  TRUST
}
