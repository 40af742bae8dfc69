package org.trustintranet.rooms.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.trustintranet.rooms.domain.RoomRules;

class ICalendarWriterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private static Instant london(String local) {
    return LocalDateTime.parse(local).atZone(RoomRules.ZONE).toInstant();
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static Instant instant(Temporal t) {
    return Instant.from(t);
  }

  private static ICalendarWriter.Event event(String uid, String start, String end) {
    return new ICalendarWriter.Event(
        uid, london(start), london(end), "Governors", "Hall, Oak", true);
  }

  @Test
  void bookingsEitherSideOfTheSpringClockChangeKeepTheirLondonTimes() throws Exception {
    // Clocks go forward on Sunday 29 March 2026: 09:00 on the Friday before is 09:00Z (GMT), and
    // 09:00 on the Monday after is 08:00Z (BST).
    String ics =
        ICalendarWriter.write(
            "Mine",
            List.of(
                event("a@x", "2026-03-27T09:00", "2026-03-27T10:30"),
                event("b@x", "2026-03-30T09:00", "2026-03-30T10:30")),
            NOW);
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    assertEquals(2, events.size());
    assertEquals(
        Instant.parse("2026-03-27T09:00:00Z"), instant(events.get(0).getDateTimeStart().getDate()));
    assertEquals(
        Instant.parse("2026-03-30T08:00:00Z"), instant(events.get(1).getDateTimeStart().getDate()));
    assertEquals(
        Instant.parse("2026-03-30T09:30:00Z"), instant(events.get(1).getDateTimeEnd().getDate()));
    assertTrue(ics.contains("DTSTART:20260330T080000Z"), ics);
  }

  @Test
  void aBookingAfterTheAutumnClockChangeIsInGreenwichTime() throws Exception {
    // Clocks go back on Sunday 25 October 2026: Friday 23rd is BST, Monday 26th is GMT.
    String ics =
        ICalendarWriter.write(
            "Mine",
            List.of(
                event("a@x", "2026-10-23T14:00", "2026-10-23T15:00"),
                event("b@x", "2026-10-26T14:00", "2026-10-26T15:00")),
            NOW);
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    assertEquals(
        Instant.parse("2026-10-23T13:00:00Z"), instant(events.get(0).getDateTimeStart().getDate()));
    assertEquals(
        Instant.parse("2026-10-26T14:00:00Z"), instant(events.get(1).getDateTimeStart().getDate()));
  }

  @Test
  void aCalendarCarriesSummaryLocationStatusAndNoPeople() throws Exception {
    ICalendarWriter.Event pending =
        new ICalendarWriter.Event(
            "booking-7@intranet.example",
            london("2026-05-11T10:00"),
            london("2026-05-11T11:00"),
            "Busy",
            "Library, Oak Primary",
            false);
    String ics = ICalendarWriter.write("Library", List.of(pending), NOW);
    Calendar calendar = parse(ics);
    assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
    assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertEquals("Busy", event.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals(
        "Library, Oak Primary", event.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertEquals("TENTATIVE", event.getProperty(Property.STATUS).orElseThrow().getValue());
    assertEquals(
        "booking-7@intranet.example", event.getProperty(Property.UID).orElseThrow().getValue());
    assertFalse(ics.contains("ATTENDEE"));
    assertFalse(ics.contains("ORGANIZER"));
  }

  @Test
  void textThatNeedsEscapingSurvivesTheRoundTrip() throws Exception {
    ICalendarWriter.Event odd =
        new ICalendarWriter.Event(
            "u@x",
            london("2026-06-01T09:00"),
            london("2026-06-01T10:00"),
            "Year 6; maths, and \"more\"\nline two",
            "Room, School",
            true);
    VEvent event =
        parse(ICalendarWriter.write("x", List.of(odd), NOW)).<VEvent>getComponents("VEVENT").get(0);
    assertEquals(
        "Year 6; maths, and \"more\"\nline two",
        event.getProperty(Property.SUMMARY).orElseThrow().getValue());
  }

  @Test
  void anEmptyCalendarIsStillValid() throws Exception {
    Calendar calendar = parse(ICalendarWriter.write("Nothing", List.of(), NOW));
    assertTrue(calendar.getComponents("VEVENT").isEmpty());
  }
}
