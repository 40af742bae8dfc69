package org.trustintranet.networks.application;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.trustintranet.networks.domain.AcademicYear;

/**
 * Writes one session as an iCalendar invitation with ical4j, as the rooms context writes its
 * bookings: times in UTC, {@code X-WR-TIMEZONE} Europe/London, no attendee or organiser. The
 * location is the room and its school, or the online link; the description the agenda and the
 * session's page. Pure: no container, no network.
 */
final class SessionCalendar {
  static final String PRODUCT = "-//Trust Intranet//Networks//EN";

  private SessionCalendar() {}

  /**
   * One session to write.
   *
   * @param page the session's page on the intranet, absolute
   */
  record Event(
      long id,
      Instant start,
      Instant end,
      String title,
      String agenda,
      String location,
      String page,
      boolean cancelled) {
    Event {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(page, "page");
      agenda = agenda == null ? "" : agenda;
    }
  }

  /** The invitation to {@code event}, named after the session, stamped {@code now}. */
  static SessionInvitation invitation(Event event, String host, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-TIMEZONE", AcademicYear.ZONE.getId()));
    VEvent vevent = new VEvent(event.start(), event.end(), event.title());
    vevent.add(new Uid(uid(event.id(), host)));
    vevent.add(new DtStamp(now));
    vevent.add(new Location(event.location()));
    String description =
        event.agenda().isBlank() ? event.page() : event.agenda() + "\n\n" + event.page();
    vevent.add(new Description(description));
    vevent.add(new Url(URI.create(event.page())));
    vevent.add(
        event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    calendar.add(vevent);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("an invitation could not be written", e);
    }
    return new SessionInvitation(filename(event.id()), out.toString());
  }

  /** The session's UID: the same in every download and mail. */
  static String uid(long sessionId, String host) {
    return "network-session-" + sessionId + "@" + host;
  }

  static String filename(long sessionId) {
    return "session-" + sessionId + ".ics";
  }

  /** The host named by the intranet's address, for UIDs ({@code localhost} if it names none). */
  static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "localhost" : host;
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }
}
