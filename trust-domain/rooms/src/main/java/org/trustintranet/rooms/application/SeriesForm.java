package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A recurring booking as its organiser asks for it: the first occurrence (a one-off booking form),
 * the pattern (DAILY, WEEKLY, FORTNIGHTLY or MONTHLY) and either an {@code until} date (inclusive)
 * or a number of {@code times}. The planner's rules (one of until and times, at most 100 dates, at
 * most a school year) are the domain's {@code RecurrencePlanner}.
 */
public record SeriesForm(
    @NotNull @Valid BookingForm first, @NotNull String repeat, LocalDate until, Integer times)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
