package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomSearch;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;

/**
 * "Find a room" and the calendars inside the deployed application, against the real database: a
 * member of Riverside finds Oakfield's free room shared with the trust, but neither Oakfield's own
 * room nor a shared room booked in that slot; booking from the result works once, a second person
 * is refused; the calendars say "Busy" for others' bookings and refuse a range over six weeks.
 */
@ExtendWith(ArquillianExtension.class)
class FindRoomIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        FindRoomIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject RoomService rooms;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long newRoom(String school, String sharing) {
    acting.as("trust.admin");
    return rooms.create(
        new RoomForm(
            acting.school(school),
            "Find room " + System.nanoTime(),
            40,
            List.of("PROJECTOR", "HEARING_LOOP"),
            null,
            null,
            sharing,
            false));
  }

  /** Two hours at a random hour of a random day some months ahead: no other test's slot. */
  /**
   * A start within the rooms' default rules (Monday to Friday, 08:00 to 18:00 London time, at most
   * 90 days ahead) that leaves three hours before closing: a weekday 7 to 77 days ahead, 09:00 to
   * 14:00.
   */
  private static Instant slotStart() {
    java.time.LocalDate day =
        TestData.weekdayAhead(7 + ThreadLocalRandom.current().nextInt(70))
            .atZone(java.time.ZoneOffset.UTC)
            .toLocalDate();
    java.time.LocalTime time =
        java.time.LocalTime.of(9, 0).plusMinutes(15L * ThreadLocalRandom.current().nextInt(21));
    return day.atTime(time).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
  }

  private static RoomSearch search(Instant start, List<String> facilities, Long school) {
    return new RoomSearch(start, start.plus(Duration.ofHours(2)), 35, facilities, school);
  }

  private static List<Long> ids(List<RoomView> found) {
    return found.stream().map(RoomView::id).toList();
  }

  @Test
  void findsAFreeSharedRoomAtAnotherSchoolOnlyAndBooksItOnce() {
    long shared = newRoom(RoomsIT.OAKFIELD, "TRUST");
    long ownSchool = newRoom(RoomsIT.OAKFIELD, "OWN_SCHOOL");
    long sharedButBooked = newRoom(RoomsIT.OAKFIELD, "TRUST");
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    long riverside = acting.school(RoomsIT.RIVERSIDE);
    Instant start = slotStart();
    acting.as("teacher"); // Oakfield and Riverside
    rooms.book(
        sharedButBooked,
        new BookingForm(
            start.plus(Duration.ofMinutes(90)),
            start.plus(Duration.ofHours(3)),
            "Governors",
            null,
            5));

    acting.as("staff"); // Riverside only
    List<RoomView> found = rooms.freeRooms(search(start, List.of("PROJECTOR"), null));
    assertTrue(ids(found).contains(shared), "the free room shared with the trust");
    assertFalse(ids(found).contains(ownSchool), "not another school's own room");
    assertFalse(ids(found).contains(sharedButBooked), "not a room booked in that slot");
    RoomView room = found.stream().filter(r -> r.id() == shared).findFirst().orElseThrow();
    assertEquals(RoomsIT.OAKFIELD, room.schoolName());
    assertEquals(40, room.capacity());
    for (int i = 1; i < found.size(); i++) {
      RoomView a = found.get(i - 1);
      RoomView b = found.get(i);
      int bySchool = a.schoolName().compareToIgnoreCase(b.schoolName());
      assertTrue(
          bySchool < 0 || bySchool == 0 && a.name().compareToIgnoreCase(b.name()) <= 0,
          "by school, then name: " + a.name() + " / " + b.name());
    }
    assertTrue(
        ids(rooms.freeRooms(search(start, List.of("PROJECTOR"), oakfield))).contains(shared),
        "at the school asked for");
    assertFalse(
        ids(rooms.freeRooms(search(start, List.of("PROJECTOR"), riverside))).contains(shared),
        "not at another school");
    assertFalse(
        ids(rooms.freeRooms(search(start, List.of("PROJECTOR", "KITCHEN"), null))).contains(shared),
        "not without a facility asked for");
    assertFalse(
        ids(rooms.freeRooms(new RoomSearch(start, start.plusSeconds(7200), 41, List.of(), null)))
            .contains(shared),
        "not too small");

    BookingForm form =
        new BookingForm(start, start.plus(Duration.ofHours(2)), "Hub training", null, 1);
    rooms.book(shared, form); // as "Book" on the result does
    assertFalse(ids(rooms.freeRooms(search(start, List.of(), null))).contains(shared), "taken");

    acting.as("riverside.admin");
    BusinessException refused =
        assertThrows(BusinessException.class, () -> rooms.book(shared, form));
    assertEquals("error.rooms.clash", refused.messageKey());
  }

  @Test
  void aSearchWithAnUnknownFacilityOrNoPlacesIsRefused() {
    acting.as("staff");
    Instant start = slotStart();
    assertEquals(
        "error.rooms.unknownFacility",
        assertThrows(
                BusinessException.class,
                () -> rooms.freeRooms(search(start, List.of("SWIMMING_POOL"), null)))
            .messageKey());
    assertThrows(
        RuntimeException.class,
        () -> rooms.freeRooms(new RoomSearch(start, start.plusSeconds(60), 0, List.of(), null)));
    assertEquals(
        "error.rooms.endNotAfterStart",
        assertThrows(
                BusinessException.class,
                () -> rooms.freeRooms(new RoomSearch(start, start, 1, List.of(), null)))
            .messageKey());
  }

  @Test
  void calendarsShowOthersBookingsAsBusyAndRefuseOverLongRanges() {
    long shared = newRoom(RoomsIT.OAKFIELD, "TRUST");
    long ownSchool = newRoom(RoomsIT.OAKFIELD, "OWN_SCHOOL");
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    Instant start = slotStart();
    acting.as("teacher");
    long booking =
        rooms.book(
            shared,
            new BookingForm(start, start.plus(Duration.ofHours(1)), "Secret plans", "Hush", 3));
    rooms.book(ownSchool, new BookingForm(start, start.plus(Duration.ofHours(1)), "Own", null, 3));
    Instant weekStart = start.minus(Duration.ofDays(3));
    Instant weekEnd = start.plus(Duration.ofDays(4));

    acting.as("staff"); // Riverside only
    BookingView seen =
        rooms.roomCalendar(shared, weekStart, weekEnd).stream()
            .filter(b -> b.id() == booking)
            .findFirst()
            .orElseThrow();
    assertTrue(seen.busy());
    assertNull(seen.title());
    assertNull(seen.organiserName());
    List<BookingView> school = rooms.schoolCalendar(oakfield, weekStart, weekEnd);
    assertTrue(school.stream().anyMatch(b -> b.id() == booking && b.busy()));
    assertTrue(
        school.stream().noneMatch(b -> b.roomId() == ownSchool), "not a room they may not see");
    assertThrows(NotFoundException.class, () -> rooms.roomCalendar(ownSchool, weekStart, weekEnd));
    assertEquals(
        "error.rooms.rangeTooLong",
        assertThrows(
                BusinessException.class,
                () -> rooms.roomCalendar(shared, weekStart, weekStart.plus(Duration.ofDays(60))))
            .messageKey());
    assertEquals(
        "error.rooms.rangeTooLong",
        assertThrows(
                BusinessException.class,
                () ->
                    rooms.schoolCalendar(oakfield, weekStart, weekStart.plus(Duration.ofDays(365))))
            .messageKey());

    acting.as("teacher"); // the organiser, and a member of Oakfield
    BookingView own =
        rooms.schoolCalendar(oakfield, weekStart, weekEnd).stream()
            .filter(b -> b.id() == booking)
            .findFirst()
            .orElseThrow();
    assertFalse(own.busy());
    assertEquals("Secret plans", own.title());
  }
}
