package org.trustintranet.rooms.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One planned date of a series: its day in the trust's time zone, its slot and its state. */
public record Occurrence(LocalDate day, TimeSlot slot, OccurrenceState state) {
  public Occurrence {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(state, "state");
  }

  public boolean free() {
    return state == OccurrenceState.FREE;
  }
}
