package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;

/**
 * The rooms service inside the deployed application, against the real database: school admins
 * manage their own school's rooms only, an own-school room is booked by its school's staff only,
 * capacity and clashes are refused with nothing written, another school sees "Busy", and of many
 * simultaneous bookings of one slot exactly one wins, while bookings of different rooms all do.
 */
@ExtendWith(ArquillianExtension.class)
class RoomsIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        RoomsIT.class, Booker.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject RoomService rooms;
  @Inject Booker booker;
  @Inject Acting acting;
  @Inject AuditTrail audit;
  @Inject PersonRepository people;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A fresh room at {@code school}, made by the demo trust admin. */
  private long newRoom(String school, int capacity, String sharing, boolean approval) {
    long id = acting.school(school);
    return rooms.create(form(id, "Room " + System.nanoTime(), capacity, sharing, approval));
  }

  private static RoomForm form(
      long school, String name, int capacity, String sharing, boolean approval) {
    return new RoomForm(
        school, name, capacity, List.of("PROJECTOR"), "Ground floor", null, sharing, approval);
  }

  /**
   * A slot on a weekday about four weeks ahead (rooms are bookable on weekdays by default), from
   * {@code hour} (UTC) for {@code minutes}.
   */
  private static BookingForm slot(int hour, int minutes, int attendees) {
    Instant day = TestData.weekdayAhead(28);
    Instant start = day.plus(Duration.ofHours(hour));
    return new BookingForm(
        start, start.plus(Duration.ofMinutes(minutes)), "Network meeting", "Planning", attendees);
  }

  private List<BookingView> allBookings(long room) {
    acting.as("trust.admin");
    Instant now = Instant.now();
    return rooms.bookings(room, now, now.plus(Duration.ofDays(60)));
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + DOMAIN)).orElseThrow().getId();
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aSchoolAdminManagesTheirOwnSchoolsRoomsOnly() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    acting.as("school.admin"); // admin of Oakfield
    assertEquals(List.of(OAKFIELD), rooms.managedSchools().stream().map(s -> s.name()).toList());
    long own = rooms.create(form(oakfield, "Library", 12, "OWN_SCHOOL", false));
    long shared = rooms.create(form(oakfield, "Studio", 12, "TRUST", false));
    assertThrows(
        NotPermittedException.class,
        () -> rooms.create(form(riverside, "Not mine", 12, "TRUST", false)));

    acting.as("riverside.admin");
    long sharedVersion = rooms.room(shared).version();
    assertThrows(NotFoundException.class, () -> rooms.draft(own), "cannot even see it");
    assertThrows(
        NotFoundException.class,
        () -> rooms.revise(own, 0, form(oakfield, "Taken over", 12, "TRUST", false)));
    assertThrows(NotPermittedException.class, () -> rooms.draft(shared));
    assertThrows(
        NotPermittedException.class,
        () -> rooms.revise(shared, sharedVersion, form(oakfield, "Taken", 12, "TRUST", false)));
    assertThrows(NotPermittedException.class, () -> rooms.archive(shared, sharedVersion));

    acting.as("school.admin");
    assertEquals("Studio", rooms.room(shared).name());
    rooms.revise(shared, sharedVersion, form(oakfield, "Studio 2", 20, "TRUST", true));
    RoomView revised = rooms.room(shared);
    assertEquals("Studio 2", revised.name());
    assertEquals(20, revised.capacity());
    assertTrue(revised.approvalRequired());

    acting.as("trust.admin");
    List<AuditRecord> entries =
        audit
            .browse(new AuditQuery(null, "rooms.revise", null, null, null), PageRequest.first(20))
            .rows();
    assertTrue(entries.stream().anyMatch(e -> e.subjectId() != null && e.subjectId() == shared));
  }

  @Test
  void aMemberOfAnotherSchoolCannotBookOrSeeAnOwnSchoolRoom() {
    long room = newRoom(OAKFIELD, 10, "OWN_SCHOOL", false);
    acting.as("staff"); // Riverside only
    assertFalse(rooms.bookableRooms().stream().anyMatch(r -> r.id() == room));
    assertThrows(NotFoundException.class, () -> rooms.room(room));
    assertThrows(NotFoundException.class, () -> rooms.book(room, slot(10, 60, 5)));
    Instant now = Instant.now();
    assertThrows(NotFoundException.class, () -> rooms.bookings(room, now, now.plusSeconds(3600)));
    assertTrue(allBookings(room).isEmpty(), "nothing written");

    acting.as("teacher"); // Oakfield and Riverside
    assertTrue(rooms.bookableRooms().stream().anyMatch(r -> r.id() == room));
    rooms.book(room, slot(10, 60, 5));
    assertEquals(1, allBookings(room).size());
  }

  @Test
  void overCapacityAndClashesAreRefusedWithNothingWritten() {
    long room = newRoom(OAKFIELD, 10, "TRUST", false);
    acting.as("teacher");
    assertEquals("error.rooms.overCapacity", refusal(() -> rooms.book(room, slot(10, 60, 11))));
    assertEquals("error.rooms.noAttendees", refusal(() -> rooms.book(room, slot(10, 60, 0))));
    BookingForm backwards = slot(10, 60, 5);
    assertEquals(
        "error.rooms.endNotAfterStart",
        refusal(
            () ->
                rooms.book(
                    room,
                    new BookingForm(backwards.end(), backwards.start(), "Backwards", null, 5))));
    assertTrue(allBookings(room).isEmpty(), "nothing written");

    acting.as("teacher");
    long first = rooms.book(room, slot(10, 60, 10));
    assertEquals("error.rooms.clash", refusal(() -> rooms.book(room, slot(10, 90, 2))));
    assertEquals("error.rooms.clash", refusal(() -> rooms.book(room, slot(9, 90, 2))));
    rooms.book(room, slot(11, 60, 2)); // touching the first: fine
    List<BookingView> booked = allBookings(room);
    assertEquals(2, booked.size());
    assertEquals(first, booked.get(0).id());
    assertEquals("CONFIRMED", booked.get(0).status());
  }

  @Test
  void anotherSchoolSeesBusyAndCannotCancel() {
    long room = newRoom(OAKFIELD, 10, "TRUST", false);
    acting.as("school.admin");
    long booking = rooms.book(room, slot(14, 60, 4));

    acting.as("staff"); // Riverside only: may book the shared room, sees others' bookings as busy
    Instant now = Instant.now();
    BookingView seen = rooms.bookings(room, now, now.plus(Duration.ofDays(60))).get(0);
    assertTrue(seen.busy());
    assertNull(seen.title());
    assertNull(seen.organiserName());
    assertFalse(seen.mayCancel());
    assertThrows(NotPermittedException.class, () -> rooms.cancel(booking));
    acting.as("riverside.admin");
    assertThrows(NotPermittedException.class, () -> rooms.cancel(booking));
    assertEquals(1, allBookings(room).size(), "still booked");

    acting.as("teacher"); // a member of Oakfield sees the details
    BookingView detailed = rooms.bookings(room, now, now.plus(Duration.ofDays(60))).get(0);
    assertFalse(detailed.busy());
    assertEquals("Network meeting", detailed.title());
    assertEquals("Helen Barker", detailed.organiserName());

    acting.as("school.admin");
    assertTrue(rooms.myBookings().stream().anyMatch(b -> b.id() == booking && b.mayCancel()));
    rooms.cancel(booking);
    assertTrue(allBookings(room).isEmpty(), "the slot is free again");
  }

  @Test
  void aRoomNeedingApprovalGetsPendingBookingsThatStillHoldTheSlot() {
    long room = newRoom(RIVERSIDE, 50, "TRUST", true);
    acting.as("teacher");
    long booking = rooms.book(room, slot(9, 120, 30));
    assertEquals(
        "PENDING",
        rooms.myBookings().stream()
            .filter(b -> b.id() == booking)
            .findFirst()
            .orElseThrow()
            .status());
    acting.as("athro");
    assertEquals("error.rooms.clash", refusal(() -> rooms.book(room, slot(10, 60, 3))));
  }

  @Test
  void ofManySimultaneousBookingsOfOneSlotExactlyOneWins() throws Exception {
    long room = newRoom(OAKFIELD, 30, "TRUST", false);
    long[] bookers = {
      personId("teacher"), personId("staff"), personId("school.admin"), personId("riverside.admin")
    };
    int attempts = 50;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<Future<Long>> results = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < attempts; i++) {
        long person = bookers[i % bookers.length];
        BookingForm form = slot(13, 60 + i, 5); // all of them overlap 13:00-14:00
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return booker.bookAs(person, room, form);
                }));
      }
      start.countDown();
      int won = 0;
      List<String> refusals = new ArrayList<>();
      for (Future<Long> result : results) {
        try {
          result.get(120, TimeUnit.SECONDS);
          won++;
        } catch (ExecutionException e) {
          refusals.add(messageKey(e.getCause()));
        }
      }
      assertEquals(1, won, "exactly one booking wins; refused: " + refusals);
      assertEquals(
          List.of("error.rooms.clash"),
          refusals.stream().distinct().toList(),
          "the others are told the room is already booked");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, allBookings(room).size());
  }

  @Test
  void simultaneousBookingsOfDifferentRoomsAllWin() throws Exception {
    int attempts = 30;
    List<Long> roomIds = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      roomIds.add(newRoom(OAKFIELD, 30, "TRUST", false));
    }
    long person = personId("teacher");
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<Future<Long>> results = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (long room : roomIds) {
        BookingForm form = slot(15, 60, 5);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return booker.bookAs(person, room, form);
                }));
      }
      start.countDown();
      for (Future<Long> result : results) {
        result.get(120, TimeUnit.SECONDS); // throws if any was refused
      }
    } finally {
      pool.shutdownNow();
    }
    for (long room : roomIds) {
      assertEquals(1, allBookings(room).size());
    }
  }

  private static String messageKey(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return b.messageKey();
      }
    }
    return String.valueOf(thrown);
  }
}
