package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.trustintranet.rooms.domain.Timetable;

/**
 * Schools' periods ("Period 1" 08:50-09:50 ... "Lunch"), kept once per school by its admins and
 * trust admins, and offered on the booking form of each of its rooms to fill in a start and an end.
 * Bookings are still made and checked by clock times; a school without periods has none to offer.
 */
public interface SchoolPeriodsService {
  /** The school's periods in order of their start, for its admins (to change them). */
  List<PeriodView> periods(long schoolId);

  /** The periods of the room's school in order of their start, for whoever may see the room. */
  List<PeriodView> periodsOfRoom(long roomId);

  /**
   * Replaces the school's periods by these (none: the school books by clock times alone); refused
   * whole when one has no name or ends before it starts, two overlap or share a name, or there are
   * more than {@value Timetable#MAX_PERIODS}.
   */
  void changePeriods(
      long schoolId,
      @NotNull @Size(max = Timetable.MAX_PERIODS, message = "{rooms.periods.tooMany}")
          List<@NotNull @Valid PeriodView> periods);
}
