package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.rooms.domain.Rooms.NOW;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_A;
import static org.trustintranet.rooms.domain.Rooms.room;
import static org.trustintranet.rooms.domain.Rooms.slot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class BookingRulesTest {
  private final Room room = room(7, SCHOOL_A, 20, Sharing.TRUST, false);

  private Booking book(Room r, TimeSlot slot, String title, int attendees, List<Booking> existing) {
    return BookingRules.book(r, slot, title, "Planning", attendees, 42, existing, NOW);
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aFittingBookingOfAnOpenRoomIsConfirmed() {
    Booking b = book(room, slot("10:00", "11:00"), "  Maths hub  ", 20, List.of());
    assertEquals(BookingStatus.CONFIRMED, b.getStatus());
    assertEquals("Maths hub", b.getTitle());
    assertEquals(7, b.getRoomId());
    assertEquals(42, b.getOrganiserId());
  }

  @Test
  void aRoomThatNeedsApprovalGetsAPendingBooking() {
    Room approved = room(8, SCHOOL_A, 20, Sharing.TRUST, true);
    assertEquals(
        BookingStatus.PENDING,
        book(approved, slot("10:00", "11:00"), "T", 5, List.of()).getStatus());
  }

  @Test
  void theEndComesAfterTheStart() {
    assertEquals("error.rooms.endNotAfterStart", refusal(() -> slot("11:00", "10:00")));
    assertEquals("error.rooms.endNotAfterStart", refusal(() -> slot("10:00", "10:00")));
  }

  @Test
  void attendeesAreOneToTheCapacity() {
    assertEquals(
        "error.rooms.noAttendees",
        refusal(() -> book(room, slot("10:00", "11:00"), "T", 0, List.of())));
    assertEquals(
        "error.rooms.overCapacity",
        refusal(() -> book(room, slot("10:00", "11:00"), "T", 21, List.of())));
    assertEquals(1, book(room, slot("10:00", "11:00"), "T", 1, List.of()).getAttendees());
  }

  @Test
  void theTitleIsRequiredAndBounded() {
    assertEquals(
        "error.rooms.titleRequired",
        refusal(() -> book(room, slot("10:00", "11:00"), "   ", 5, List.of())));
    assertEquals(
        "error.rooms.titleRequired",
        refusal(() -> book(room, slot("10:00", "11:00"), null, 5, List.of())));
    String longest = "x".repeat(Booking.TITLE_LENGTH);
    assertEquals(longest, book(room, slot("10:00", "11:00"), longest, 5, List.of()).getTitle());
    assertEquals(
        "error.rooms.titleTooLong",
        refusal(() -> book(room, slot("10:00", "11:00"), longest + "x", 5, List.of())));
  }

  @Test
  void anOverlappingConfirmedOrPendingBookingClashes() {
    Booking held = book(room, slot("10:00", "11:00"), "Held", 5, List.of());
    assertEquals(
        "error.rooms.clash",
        refusal(() -> book(room, slot("10:30", "11:30"), "T", 5, List.of(held))));
    assertEquals(
        "error.rooms.clash",
        refusal(() -> book(room, slot("09:00", "12:00"), "T", 5, List.of(held))));
    assertEquals(
        "error.rooms.clash",
        refusal(() -> book(room, slot("10:15", "10:45"), "T", 5, List.of(held))));
    Room approved = room(7, SCHOOL_A, 20, Sharing.TRUST, true);
    Booking pending = book(approved, slot("13:00", "14:00"), "Pending", 5, List.of());
    assertEquals(
        "error.rooms.clash",
        refusal(() -> book(room, slot("13:30", "14:30"), "T", 5, List.of(pending))));
  }

  @Test
  void touchingEndsAndCancelledBookingsDoNotClash() {
    Booking held = book(room, slot("10:00", "11:00"), "Held", 5, List.of());
    book(room, slot("11:00", "12:00"), "After", 5, List.of(held));
    book(room, slot("09:00", "10:00"), "Before", 5, List.of(held));
    held.cancel(NOW);
    assertEquals(BookingStatus.CANCELLED, held.getStatus());
    book(room, slot("10:00", "11:00"), "Again", 5, List.of(held));
  }

  @Test
  void anotherRoomsBookingDoesNotClash() {
    Booking elsewhere =
        book(
            room(9, SCHOOL_A, 20, Sharing.TRUST, false), slot("10:00", "11:00"), "X", 5, List.of());
    book(room, slot("10:00", "11:00"), "Here", 5, List.of(elsewhere));
  }

  @Test
  void anArchivedRoomIsClosedAndThePastCannotBeBooked() {
    Room closed = room(10, SCHOOL_A, 20, Sharing.TRUST, false);
    closed.archive(NOW);
    assertTrue(closed.isArchived());
    assertEquals(
        "error.rooms.closed",
        refusal(() -> book(closed, slot("10:00", "11:00"), "T", 5, List.of())));
    assertEquals(
        "error.rooms.inThePast",
        refusal(
            () ->
                BookingRules.book(
                    room, slot("10:00", "11:00"), "T", null, 5, 42, List.of(), Rooms.at("10:30"))));
  }

  @Test
  void aCancelledBookingCannotBeCancelledAgain() {
    Booking b = book(room, slot("10:00", "11:00"), "T", 5, List.of());
    b.cancel(NOW);
    assertEquals("error.rooms.notCancellable", refusal(() -> b.cancel(NOW)));
    assertFalse(b.getStatus().holdsSlot());
  }
}
