package org.trustintranet.rooms.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.rooms.application.DemoRoomsSeeded;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingRules;
import org.trustintranet.rooms.domain.BookingSeries;
import org.trustintranet.rooms.domain.ClosedDay;
import org.trustintranet.rooms.domain.Facility;
import org.trustintranet.rooms.domain.Occurrence;
import org.trustintranet.rooms.domain.RecurrencePlanner;
import org.trustintranet.rooms.domain.Repeat;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomDetails;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.Sharing;
import org.trustintranet.rooms.domain.TimeSlot;
import org.trustintranet.rooms.domain.Timetable;

/**
 * The demo trust's rooms, written when membership seeds the demo trust (in the same transaction):
 * Oakfield's training room, shared with the trust, and its meeting room, for its own staff;
 * Riverside's hall, shared with the trust but approved by Riverside's admins. Two bookings next
 * week: a maths network meeting in the training room (confirmed) and a trust INSET morning in the
 * hall (waiting for approval). Oakfield and Riverside close for the 2026/27 autumn half term (26 to
 * 30 October 2026) and an INSET day on the first day of the autumn term (1 September 2026), both
 * past the demo's "next weeks" so that no booking of the demo or the tests falls on them; and the
 * teacher books the training room every Thursday after school for six weeks, as one series. Both
 * schools keep a day of six periods with break and lunch, offered on their rooms' booking forms.
 */
@ApplicationScoped
public class DemoRoomsSeeder {
  private static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  /** The demo schools' periods: six lessons, with break and lunch. */
  static final Timetable SCHOOL_DAY =
      new Timetable(
          List.of(
              period("Period 1", "08:50", "09:50"),
              period("Period 2", "09:50", "10:50"),
              period("Break", "10:50", "11:10"),
              period("Period 3", "11:10", "12:10"),
              period("Period 4", "12:10", "13:10"),
              period("Lunch", "13:10", "13:55"),
              period("Period 5", "13:55", "14:55"),
              period("Period 6", "14:55", "15:45")));

  @Inject RoomRepository rooms;
  @Inject Clock clock;
  @Inject Event<DemoRoomsSeeded> seeded;

  @Transactional
  void seed(@Observes DemoTrustSeeded trust) {
    Instant now = clock.instant();
    long oakfield = trust.school("140001");
    long riverside = trust.school("140002");
    Room training =
        room(
            oakfield,
            new RoomDetails(
                "Training room",
                30,
                EnumSet.of(
                    Facility.PROJECTOR,
                    Facility.INTERACTIVE_BOARD,
                    Facility.STEP_FREE_ACCESS,
                    Facility.PARKING),
                "Ground floor, beside the library",
                "Sign in at reception; the training room is the second door on the left.",
                Sharing.TRUST,
                false),
            now);
    room(
        oakfield,
        new RoomDetails(
            "Meeting room",
            8,
            EnumSet.of(Facility.VIDEO_CONFERENCING),
            "First floor, above reception",
            null,
            Sharing.OWN_SCHOOL,
            false),
        now);
    Room hall =
        room(
            riverside,
            new RoomDetails(
                "Main hall",
                200,
                EnumSet.of(
                    Facility.HEARING_LOOP,
                    Facility.STEP_FREE_ACCESS,
                    Facility.KITCHEN,
                    Facility.PARKING),
                "Main building",
                "Use the visitors' car park on Mill Lane; the hall is signed from reception.",
                Sharing.TRUST,
                true),
            now);
    LocalDate nextWeek =
        LocalDate.ofInstant(now, TRUST_ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    TimeSlot mathsSlot = slot(nextWeek.plusDays(1), "15:45", "17:15");
    Booking maths =
        book(
            training,
            mathsSlot,
            "Maths network meeting",
            "Sharing mastery lessons from Year 5",
            14,
            trust.person("teacher"),
            now);
    book(
        hall,
        slot(nextWeek.plusDays(3), "09:00", "12:30"),
        "Trust INSET: reading for pleasure",
        "A morning for every school's English leads",
        120,
        trust.person("catrin.morgan"),
        now);
    for (long school : List.of(oakfield, riverside)) {
      close(school, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30), "Half term", now);
      close(school, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), "INSET day", now);
      rooms.replaceTimetable(school, SCHOOL_DAY);
    }
    weekly(
        training,
        nextWeek.plusDays(3),
        "15:45",
        "16:45",
        6,
        "Year 6 booster planning",
        trust.person("teacher"),
        now);
    rooms.flush();
    seeded.fire(
        new DemoRoomsSeeded(
            trust,
            Map.of(
                "maths-network",
                new DemoRoomsSeeded.DemoBooking(
                    maths.getId(),
                    training.getId(),
                    "Training room, Oakfield Primary School",
                    mathsSlot.start(),
                    mathsSlot.end()))));
  }

  private static Timetable.Period period(String name, String starts, String ends) {
    return new Timetable.Period(name, LocalTime.parse(starts), LocalTime.parse(ends));
  }

  private void close(long school, LocalDate from, LocalDate to, String reason, Instant now) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      rooms.add(new ClosedDay(school, day, reason, now));
    }
  }

  /** A weekly series of {@code times} dates from {@code first}, its free dates booked. */
  private void weekly(
      Room room,
      LocalDate first,
      String from,
      String to,
      int times,
      String title,
      long by,
      Instant now) {
    List<Occurrence> plan =
        RecurrencePlanner.plan(
            first,
            LocalTime.parse(from),
            LocalTime.parse(to),
            Repeat.WEEKLY,
            null,
            times,
            Set.of(),
            List.of());
    BookingSeries series = new BookingSeries(room.getId(), Repeat.WEEKLY, null, times, by, now);
    rooms.add(series);
    rooms.flush();
    for (Occurrence o : plan) {
      Booking booking = BookingRules.book(room, o.slot(), title, null, 10, by, List.of(), now);
      booking.partOf(series);
      rooms.add(booking);
    }
  }

  private Room room(long school, RoomDetails details, Instant now) {
    Room room = new Room(school, details, now);
    rooms.add(room);
    rooms.flush();
    return room;
  }

  private Booking book(
      Room room, TimeSlot slot, String title, String purpose, int attendees, long by, Instant now) {
    Booking booking = BookingRules.book(room, slot, title, purpose, attendees, by, List.of(), now);
    rooms.add(booking);
    return booking;
  }

  private static TimeSlot slot(LocalDate day, String from, String to) {
    return new TimeSlot(
        day.atTime(LocalTime.parse(from)).atZone(TRUST_ZONE).toInstant(),
        day.atTime(LocalTime.parse(to)).atZone(TRUST_ZONE).toInstant());
  }
}
