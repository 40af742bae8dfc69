package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.trustintranet.rooms.domain.Rooms.NOW;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_A;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_B;
import static org.trustintranet.rooms.domain.Rooms.room;
import static org.trustintranet.rooms.domain.Rooms.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class RoomWantedTest {
  private static final TimeSlot TEN_TO_TWELVE = slot("10:00", "12:00");

  private static RoomWanted wanted(int capacity, Set<Facility> facilities, Long school) {
    return new RoomWanted(TEN_TO_TWELVE, capacity, facilities, school);
  }

  private static Booking booking(long room, String from, String to, BookingStatus status) {
    return new Booking(room, slot(from, to), "Meeting", null, 2, 7, status, NOW);
  }

  @Test
  void aRoomTooSmallOrWithoutAFacilityAskedForDoesNotSuit() {
    Room twenty = room(1, SCHOOL_A, 20, Sharing.TRUST, false); // has a projector
    assertEquals(true, wanted(20, Set.of(Facility.PROJECTOR), null).suits(twenty));
    assertEquals(false, wanted(21, Set.of(), null).suits(twenty));
    assertEquals(
        false, wanted(5, Set.of(Facility.PROJECTOR, Facility.KITCHEN), null).suits(twenty));
  }

  @Test
  void aSchoolAskedForLeavesOutTheOtherSchoolsRooms() {
    Room atA = room(1, SCHOOL_A, 20, Sharing.TRUST, false);
    Room atB = room(2, SCHOOL_B, 20, Sharing.TRUST, false);
    assertEquals(List.of(atB), wanted(1, Set.of(), SCHOOL_B).free(List.of(atA, atB), List.of()));
    assertEquals(List.of(atA, atB), wanted(1, null, null).free(List.of(atA, atB), List.of()));
  }

  @Test
  void anArchivedRoomNeverSuits() {
    Room archived = room(1, SCHOOL_A, 20, Sharing.TRUST, false);
    archived.archive(NOW);
    assertEquals(List.of(), wanted(1, Set.of(), null).free(List.of(archived), List.of()));
  }

  @Test
  void aConfirmedOrPendingBookingOverlappingTheSlotTakesTheRoom() {
    Room one = room(1, SCHOOL_A, 20, Sharing.TRUST, false);
    Room two = room(2, SCHOOL_A, 20, Sharing.TRUST, false);
    Room three = room(3, SCHOOL_A, 20, Sharing.TRUST, false);
    List<Booking> holding =
        List.of(
            booking(1, "11:30", "13:00", BookingStatus.CONFIRMED),
            booking(2, "09:00", "10:30", BookingStatus.PENDING));
    assertEquals(List.of(three), wanted(1, Set.of(), null).free(List.of(one, two, three), holding));
  }

  @Test
  void bookingsThatOnlyTouchTheSlotOrNoLongerHoldItLeaveTheRoomFree() {
    Room one = room(1, SCHOOL_A, 20, Sharing.TRUST, false);
    Booking cancelled = booking(1, "10:00", "12:00", BookingStatus.CONFIRMED);
    cancelled.cancel(NOW);
    List<Booking> holding =
        List.of(
            booking(1, "08:00", "10:00", BookingStatus.CONFIRMED),
            booking(1, "12:00", "13:00", BookingStatus.CONFIRMED),
            booking(1, "10:00", "12:00", BookingStatus.DECLINED),
            cancelled);
    assertEquals(List.of(one), wanted(1, Set.of(), null).free(List.of(one), holding));
  }

  @Test
  void aBookingOfAnotherRoomDoesNotTakeThisOne() {
    Room one = room(1, SCHOOL_A, 20, Sharing.TRUST, false);
    assertEquals(
        List.of(one),
        wanted(1, Set.of(), null)
            .free(List.of(one), List.of(booking(9, "10:00", "12:00", BookingStatus.CONFIRMED))));
  }

  @Test
  void askingForNoPlacesIsRefused() {
    BusinessException e = assertThrows(BusinessException.class, () -> wanted(0, Set.of(), null));
    assertEquals("error.rooms.noAttendees", e.messageKey());
  }

  @Test
  void aCalendarShowsAtMostSixWeeksAndADay() {
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    new CalendarRange(from, from.plus(Duration.ofDays(42)).plusSeconds(3600)); // month view, BST
    BusinessException tooLong =
        assertThrows(
            BusinessException.class,
            () -> new CalendarRange(from, from.plus(Duration.ofDays(43)).plusSeconds(1)));
    assertEquals("error.rooms.rangeTooLong", tooLong.messageKey());
    BusinessException backwards =
        assertThrows(BusinessException.class, () -> new CalendarRange(from, from));
    assertEquals("error.rooms.endNotAfterStart", backwards.messageKey());
  }
}
