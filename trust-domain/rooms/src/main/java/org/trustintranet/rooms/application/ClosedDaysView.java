package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A run of consecutive closed days of a school with one reason, from {@code from} to {@code to}
 * (both inclusive; the same day for a single day).
 */
public record ClosedDaysView(LocalDate from, LocalDate to, String reason, int days)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
