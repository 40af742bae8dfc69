package org.trustintranet.rooms.application;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.trustintranet.rooms.domain.RoomRules;

/**
 * Writes bookings as an iCalendar (RFC 5545) document with ical4j: the personal and room feeds and
 * the {@code booking.ics} sent with a confirmation. Times are written in UTC ({@code ...Z}), which
 * names each instant exactly whatever the clocks in London do, so a booking on the day the clocks
 * change is right in every calendar; {@code X-WR-TIMEZONE} tells calendars the bookings are in
 * Europe/London. No attendee or organiser is ever written. Pure: no container, no network.
 */
final class ICalendarWriter {
  static final String PRODUCT = "-//Trust Intranet//Rooms//EN";

  private ICalendarWriter() {}

  /**
   * One booking as an event.
   *
   * @param uid stable across feeds and mails, so a calendar updates the event rather than copy it
   * @param summary what the calendar shows: the title, or "Busy" where details are not shown
   * @param location the room and its school
   * @param confirmed CONFIRMED, or TENTATIVE while waiting for approval
   */
  record Event(
      String uid, Instant start, Instant end, String summary, String location, boolean confirmed) {
    Event {
      Objects.requireNonNull(uid, "uid");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(location, "location");
    }
  }

  /** The calendar named {@code name} holding {@code events}, stamped {@code now}. */
  static String write(String name, List<Event> events, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", RoomRules.ZONE.getId()));
    for (Event e : events) {
      VEvent event = new VEvent(e.start(), e.end(), e.summary());
      event.add(new Uid(e.uid()));
      event.add(new DtStamp(now));
      event.add(new Location(e.location()));
      event.add(
          e.confirmed() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("a calendar could not be written", e);
    }
    return out.toString();
  }

  /** The UID of a booking's event. */
  static String uid(long bookingId, String host) {
    return "booking-" + bookingId + "@" + host;
  }
}
