package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trustintranet.rooms.domain.BookingLink;

/**
 * Rooms that schools lend each other, and their bookings. Staff book the rooms of their own schools
 * and those shared with the trust; school admins manage their own schools' rooms, trust admins
 * every room. A room the caller may not see is answered as one that does not exist ({@code
 * error.rooms.notFound}). Two CONFIRMED or PENDING bookings of one room never overlap, however many
 * people book at once.
 */
public interface RoomService {
  /** The open rooms the current user may book, with their school, by name. */
  List<RoomView> bookableRooms();

  /** The schools with rooms the current user may book, by name: find-a-room's school filter. */
  List<SchoolOption> bookingSchools();

  /** One room, for whoever may book or manage it. */
  RoomView room(long id);

  /** The schools where the current user may create rooms (none for most staff). */
  List<SchoolOption> managedSchools();

  /** A room as its manager loads it to change it. */
  RoomDraft draft(long id);

  /** A new room at the form's school, which the current user must manage. */
  long create(@NotNull @Valid RoomForm form);

  /** Saves changes to the version the manager loaded (not its school); fails if changed since. */
  void revise(long id, long loadedVersion, @NotNull @Valid RoomForm form);

  /** Nobody may book the room any more; its bookings stay. */
  void archive(long id, long loadedVersion);

  /**
   * Books the room for the current user: PENDING when its school approves bookings, CONFIRMED
   * otherwise. Runs in a transaction of its own that locks the room's row before it looks for
   * clashes, so of two overlapping requests exactly one wins ({@code error.rooms.clash} for the
   * other), also across server instances.
   */
  long book(long roomId, @NotNull @Valid BookingForm form);

  /** Cancels a booking: its organiser, or a manager of its room. */
  void cancel(long bookingId);

  /**
   * Links the booking to what it was made for (a network's session), shown with its details: its
   * organiser, or a manager of its room, as {@link #cancel}.
   */
  void link(long bookingId, @NotNull BookingLink link);

  /** The current user's CONFIRMED and PENDING bookings that have not ended, soonest first. */
  List<BookingView> myBookings();

  /**
   * The room's CONFIRMED and PENDING bookings overlapping [from, to), by start; those whose details
   * the current user may not see are "busy" (times only).
   */
  List<BookingView> bookings(long roomId, @NotNull Instant from, @NotNull Instant to);

  /**
   * The room's CONFIRMED and PENDING bookings overlapping [from, to), for its calendar ("busy" as
   * in {@link #bookings}); a range longer than six weeks is refused ({@code
   * error.rooms.rangeTooLong}).
   */
  List<BookingView> roomCalendar(long roomId, @NotNull Instant from, @NotNull Instant to);

  /**
   * The CONFIRMED and PENDING bookings overlapping [from, to) of the school's open rooms that the
   * current user may see (none if none), by start; bounded as {@link #roomCalendar}.
   */
  List<BookingView> schoolCalendar(long schoolId, @NotNull Instant from, @NotNull Instant to);

  /**
   * The school's name when the current user may see any of its open rooms (then {@link
   * #schoolCalendar} shows them), else empty: the school calendar's heading, in two small reads.
   */
  Optional<String> schoolCalendarName(long schoolId);

  /**
   * Find a room: the open rooms the current user may book, at every school, that suit the search
   * and that no CONFIRMED or PENDING booking holds during its slot, by school name, then name.
   */
  List<RoomView> freeRooms(@NotNull @Valid RoomSearch search);
}
