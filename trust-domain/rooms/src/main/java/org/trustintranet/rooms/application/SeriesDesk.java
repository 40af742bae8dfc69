package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingRules;
import org.trustintranet.rooms.domain.BookingSeries;
import org.trustintranet.rooms.domain.ClosedDay;
import org.trustintranet.rooms.domain.Occurrence;
import org.trustintranet.rooms.domain.RecurrencePlanner;
import org.trustintranet.rooms.domain.Repeat;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.TimeSlot;

/**
 * Plans series against the stored bookings and closed days, and books them, like {@link
 * BookingDesk}: in a transaction of its own whose first read locks the room's row, so the plan made
 * under the lock is the one that counts and no other booking of the room slips in between.
 */
@ApplicationScoped
class SeriesDesk {
  @Inject RoomRepository rooms;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The series' dates with their state, in the caller's transaction; nothing written. */
  List<Occurrence> plan(Room room, BookingForm first, Repeat repeat, SeriesForm form) {
    ZonedDateTime start = first.start().atZone(RecurrencePlanner.TRUST_ZONE);
    ZonedDateTime end = first.end().atZone(RecurrencePlanner.TRUST_ZONE);
    LocalDate day = start.toLocalDate();
    if (!end.isAfter(start)) {
      throw new BusinessException("error.rooms.endNotAfterStart");
    }
    if (!end.toLocalDate().equals(day)) {
      throw new BusinessException("error.rooms.series.oneDay");
    }
    LocalDate last =
        form.until() != null && !form.until().isBefore(day)
            ? form.until()
            : day.plusDays(RecurrencePlanner.MAX_SPAN_DAYS);
    if (last.isAfter(day.plusDays(RecurrencePlanner.MAX_SPAN_DAYS))) {
      last = day.plusDays(RecurrencePlanner.MAX_SPAN_DAYS);
    }
    Set<LocalDate> closed = new HashSet<>();
    for (ClosedDay c : rooms.closedDays(room.getSchoolId(), day, last)) {
      closed.add(c.getDay());
    }
    List<TimeSlot> taken =
        rooms
            .holding(
                room.getId(),
                RecurrencePlanner.instant(day, LocalTime.MIDNIGHT),
                last.plusDays(2).atStartOfDay(RecurrencePlanner.TRUST_ZONE).toInstant())
            .stream()
            .map(Booking::slot)
            .toList();
    return RecurrencePlanner.plan(
        day,
        start.toLocalTime(),
        end.toLocalTime(),
        repeat,
        form.until(),
        form.times(),
        closed,
        taken);
  }

  /**
   * The rules of one booking (title, attendees, not in the past) on the series' first date, so that
   * a preview says what booking would refuse, and booking refuses before anything is written.
   */
  void checkFirst(UserProfile me, Room room, List<Occurrence> plan, BookingForm first) {
    BookingRules.book(
        room,
        plan.get(0).slot(),
        first.title(),
        first.purpose(),
        first.attendees(),
        me.personId(),
        List.of(),
        clock.instant());
  }

  /** Parses the form's pattern ({@code error.rooms.series.unknownRepeat} for anything else). */
  static Repeat repeat(SeriesForm form) {
    try {
      return Repeat.valueOf(form.repeat().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("error.rooms.series.unknownRepeat");
    }
  }

  /** The room if the person may book it, read without a lock or with one. */
  static Room bookable(UserProfile me, java.util.Optional<Room> found) {
    Room room =
        found
            .filter(r -> RoomPolicy.maySee(me, r))
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    if (!RoomPolicy.mayBook(me, room)) {
      throw room.isArchived()
          ? new BusinessException("error.rooms.closed")
          : new NotPermittedException();
    }
    return room;
  }

  /**
   * Books the FREE dates of the series planned under the room's lock; the caller has checked the
   * form and knows who {@code me} is.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  SeriesBooked book(UserProfile me, long roomId, SeriesForm form) {
    Room room = bookable(me, rooms.lockForBooking(roomId));
    Repeat repeat = repeat(form);
    BookingForm first = form.first();
    List<Occurrence> plan = plan(room, first, repeat, form);
    Instant now = clock.instant();
    checkFirst(me, room, plan, first);
    List<OccurrenceView> skipped = new ArrayList<>();
    List<Occurrence> free = new ArrayList<>();
    for (Occurrence o : plan) {
      if (o.free()) {
        free.add(o);
      } else {
        skipped.add(RoomSeriesServiceImpl.view(o));
      }
    }
    if (free.isEmpty()) {
      return new SeriesBooked(0, 0, skipped);
    }
    BookingSeries series =
        new BookingSeries(roomId, repeat, form.until(), form.times(), me.personId(), now);
    rooms.add(series);
    rooms.flush();
    for (Occurrence o : free) {
      Booking booking =
          BookingRules.book(
              room,
              o.slot(),
              first.title(),
              first.purpose(),
              first.attendees(),
              me.personId(),
              List.of(),
              now);
      booking.partOf(series);
      rooms.add(booking);
    }
    rooms.flush();
    audit.record(
        "rooms.bookSeries",
        "series",
        series.getId(),
        room.getName() + ": " + first.title().strip(),
        null,
        new BookedSeries(
            roomId,
            repeat.name(),
            free.size(),
            free.get(0).slot().start(),
            free.get(free.size() - 1).slot().start(),
            skipped.stream().map(s -> s.day().toString()).toList()));
    return new SeriesBooked(series.getId(), free.size(), skipped);
  }
}
