package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingStatus;
import org.trustintranet.rooms.domain.Room;

/**
 * Turns bookings into iCalendar events and documents for the feeds and the confirmation mails: one
 * UID per booking (named after the intranet's host, from {@code trust.url}), the room and its
 * school as the location, CONFIRMED or TENTATIVE (waiting for approval).
 */
@ApplicationScoped
class BookingCalendars {
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080")
  String url;

  ICalendarWriter.Event event(
      Booking booking, Room room, Map<Long, String> schoolNames, String summary) {
    String school = schoolNames.getOrDefault(room.getSchoolId(), "");
    return new ICalendarWriter.Event(
        ICalendarWriter.uid(booking.getId(), host()),
        booking.getStartsAt(),
        booking.getEndsAt(),
        summary,
        school.isEmpty() ? room.getName() : room.getName() + ", " + school,
        booking.getStatus() == BookingStatus.CONFIRMED);
  }

  /** One booking as a whole calendar: the {@code booking.ics} of a confirmation mail. */
  String single(Booking booking, Room room, Map<Long, String> schoolNames, String name) {
    return ICalendarWriter.write(
        name, List.of(event(booking, room, schoolNames, booking.getTitle())), clock.instant());
  }

  private String host() {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "localhost" : host;
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }
}
