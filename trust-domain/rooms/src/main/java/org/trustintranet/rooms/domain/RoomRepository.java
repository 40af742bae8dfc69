package org.trustintranet.rooms.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.domain.SecretToken;

/** Rooms and their bookings, as the rooms context stores them. */
public interface RoomRepository {
  Optional<Room> find(long id);

  /**
   * The room, its row locked for writing until the transaction ends: two transactions booking the
   * same room take turns here, so the second sees the first's booking when it looks for clashes.
   * Must be the first read of the booking transaction (a consistent read before it could hide a
   * booking committed while this one waited).
   */
  Optional<Room> lockForBooking(long id);

  void add(Room room);

  /** Open rooms that are shared with the trust or belong to one of {@code schoolIds}, by name. */
  List<Room> bookable(Collection<Long> schoolIds);

  /** The open rooms of one school, by name. */
  List<Room> openAt(long schoolId);

  /** Every open room, by name. */
  List<Room> allOpen();

  Optional<Booking> findBooking(long id);

  void add(Booking booking);

  /** The room's CONFIRMED and PENDING bookings overlapping [from, to), by start. */
  List<Booking> holding(long roomId, Instant from, Instant to);

  /**
   * The CONFIRMED and PENDING bookings of any of {@code roomIds} overlapping [from, to), by start:
   * one statement, however many rooms.
   */
  List<Booking> holding(Collection<Long> roomIds, Instant from, Instant to);

  /** The person's CONFIRMED and PENDING bookings that end after {@code from}, by start. */
  List<Booking> upcomingOf(long organiserId, Instant from);

  /**
   * PENDING bookings that have not ended by {@code from}, of rooms at {@code schoolIds}, oldest
   * request first; at most {@code limit}.
   */
  List<Booking> pendingAt(Collection<Long> schoolIds, Instant from, int limit);

  long countPendingAt(Collection<Long> schoolIds, Instant from);

  /** The room's school's closed days from {@code from} to {@code to} (both inclusive), by day. */
  List<ClosedDay> closedDays(long schoolId, LocalDate from, LocalDate to);

  void add(ClosedDay day);

  void remove(ClosedDay day);

  /** The school's periods ({@link Timetable#NONE} when it has none). */
  Timetable timetable(long schoolId);

  /** Stores the school's periods in place of those it had. */
  void replaceTimetable(long schoolId, Timetable timetable);

  void add(BookingSeries series);

  /** The series' CONFIRMED and PENDING bookings that start at or after {@code from}, by start. */
  List<Booking> holdingOfSeriesFrom(long seriesId, Instant from);

  /** The person's calendar feed address, if they made one. */
  Optional<CalendarFeed> calendarFeedOf(long personId);

  /** The calendar feed address the token opens, if any. */
  Optional<CalendarFeed> calendarFeedByToken(SecretToken token);

  void add(CalendarFeed feed);

  /** Removes the person's calendar feed address; false when there was none. */
  boolean removeCalendarFeed(long personId);

  void flush();
}
