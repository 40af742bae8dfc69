package org.trustintranet.rooms.domain;

/**
 * What a planned occurrence of a series meets: a FREE slot, a CLASH with a CONFIRMED or PENDING
 * booking of the room, or a day the room's school is CLOSED. Only FREE occurrences are booked.
 */
public enum OccurrenceState {
  FREE,
  CLASH,
  CLOSED
}
