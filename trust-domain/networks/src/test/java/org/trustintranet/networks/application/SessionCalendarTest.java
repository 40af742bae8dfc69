package org.trustintranet.networks.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {
  private static final Instant START = Instant.parse("2027-03-30T15:00:00Z");
  private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

  private static SessionCalendar.Event event(String location, boolean cancelled) {
    return new SessionCalendar.Event(
        42,
        START,
        START.plusSeconds(3600),
        "Phonics, together",
        "Coffee first",
        location,
        "https://intranet.example.org/networks/session.xhtml?id=42",
        cancelled);
  }

  private static VEvent parse(SessionInvitation invitation) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(invitation.calendar()));
    assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    return events.get(0);
  }

  @Test
  void aSessionInARoomIsOneEventWithAStableUidAndTheRoomAsItsLocation() throws Exception {
    SessionInvitation first =
        SessionCalendar.invitation(event("Hall, Oak School", false), "intranet.example.org", NOW);
    SessionInvitation later =
        SessionCalendar.invitation(
            event("Hall, Oak School", false), "intranet.example.org", NOW.plusSeconds(86400));
    VEvent e = parse(first);
    assertEquals("session-42.ics", first.filename());
    assertEquals(
        "network-session-42@intranet.example.org",
        e.getProperty(Property.UID).orElseThrow().getValue());
    assertEquals(
        e.getProperty(Property.UID).orElseThrow().getValue(),
        parse(later).getProperty(Property.UID).orElseThrow().getValue(),
        "the same UID each time, so a calendar updates the event");
    assertEquals("Hall, Oak School", e.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertEquals("Phonics, together", e.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals("CONFIRMED", e.getProperty(Property.STATUS).orElseThrow().getValue());
    assertTrue(first.calendar().contains("DTSTART:20270330T150000Z"), first.calendar());
    assertTrue(
        e.getProperty(Property.DESCRIPTION)
            .orElseThrow()
            .getValue()
            .contains("session.xhtml?id=42"));
  }

  @Test
  void anOnlineSessionHasItsLinkAsItsLocationAndACancelledOneSaysSo() throws Exception {
    VEvent e =
        parse(SessionCalendar.invitation(event("https://meet.example.org/x", true), "h", NOW));
    assertEquals(
        "https://meet.example.org/x", e.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertEquals("CANCELLED", e.getProperty(Property.STATUS).orElseThrow().getValue());
  }

  @Test
  void theHostComesFromTheIntranetsAddress() {
    assertEquals("intranet.example.org", SessionCalendar.host(" https://intranet.example.org/x "));
    assertEquals("localhost", SessionCalendar.host("not an address"));
  }
}
