package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Schools' term calendars (their closed days) and recurring bookings. A school's admins and trust
 * admins keep its closed days; nobody books a room of the school on one. A series is previewed
 * first (each date FREE, CLASH or CLOSED, nothing written), then its free dates are booked in one
 * transaction behind the room's lock, dates taken meanwhile skipped and reported. All times are
 * Europe/London wall-clock times.
 */
public interface RoomSeriesService {
  /** The school's closed days from a year ago on, as runs of days with one reason. */
  List<ClosedDaysView> closedDays(long schoolId);

  /** Closes the school on each day of the range (days already closed keep their reason). */
  int closeDays(long schoolId, @NotNull @Valid ClosedDaysForm form);

  /** Opens the school again on each closed day of the range; how many days were opened. */
  int reopenDays(long schoolId, @NotNull LocalDate from, @NotNull LocalDate to);

  /** The dates of the series with their state; nothing is written. */
  List<OccurrenceView> preview(long roomId, @NotNull @Valid SeriesForm form);

  /**
   * Books the series' FREE dates as one series, in one transaction that locks the room's row and
   * plans again under the lock: dates that clash or are closed by then are skipped and reported.
   */
  SeriesBooked bookSeries(long roomId, @NotNull @Valid SeriesForm form);

  /**
   * Cancels the booking and the series' later bookings (its organiser, or a manager of the room);
   * how many were cancelled.
   */
  int cancelFollowing(long bookingId);
}
