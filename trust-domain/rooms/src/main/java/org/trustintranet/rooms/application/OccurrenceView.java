package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One date of a planned series: its day, times and state (FREE, CLASH or CLOSED). */
public record OccurrenceView(LocalDate day, Instant start, Instant end, String state)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean free() {
    return "FREE".equals(state);
  }
}
