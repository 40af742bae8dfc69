package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.rooms.domain.Rooms.NOW;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_A;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_B;
import static org.trustintranet.rooms.domain.Rooms.member;
import static org.trustintranet.rooms.domain.Rooms.room;
import static org.trustintranet.rooms.domain.Rooms.slot;
import static org.trustintranet.rooms.domain.Rooms.trustAdmin;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;

/** Approving and declining a PENDING booking, and who may. */
class BookingDecisionTest {
  private final Room room = room(5, SCHOOL_A, 20, Sharing.TRUST, true);

  private Booking pending() {
    return BookingRules.book(room, slot("10:00", "11:00"), "Hub", null, 5, 42, List.of(), NOW);
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void approvingConfirmsAPendingBookingOnce() {
    Booking booking = pending();
    assertEquals(BookingStatus.PENDING, booking.getStatus());
    booking.approve(NOW);
    assertEquals(BookingStatus.CONFIRMED, booking.getStatus());
    assertTrue(booking.getStatus().holdsSlot());
    assertEquals("error.rooms.notPending", refusal(() -> booking.approve(NOW)));
    assertEquals("error.rooms.notPending", refusal(() -> booking.decline("Late", NOW)));
  }

  @Test
  void decliningNeedsAReasonAndFreesTheSlot() {
    Booking booking = pending();
    assertEquals("error.rooms.reasonRequired", refusal(() -> booking.decline("   ", NOW)));
    assertEquals("error.rooms.reasonRequired", refusal(() -> booking.decline(null, NOW)));
    assertEquals(
        "error.rooms.reasonTooLong",
        refusal(() -> booking.decline("x".repeat(Booking.REASON_LENGTH + 1), NOW)));
    assertEquals(BookingStatus.PENDING, booking.getStatus(), "nothing changed");
    assertNull(booking.getDeclineReason());
    booking.decline("  The hall is being painted  ", NOW);
    assertEquals(BookingStatus.DECLINED, booking.getStatus());
    assertEquals("The hall is being painted", booking.getDeclineReason());
    assertFalse(booking.getStatus().holdsSlot());
    assertEquals("error.rooms.notPending", refusal(() -> booking.approve(NOW)));
  }

  @Test
  void aCancelledRequestCannotBeApprovedOrDeclined() {
    Booking booking = pending();
    booking.cancel(NOW);
    assertEquals("error.rooms.notPending", refusal(() -> booking.approve(NOW)));
    assertEquals("error.rooms.notPending", refusal(() -> booking.decline("No", NOW)));
    assertEquals(BookingStatus.CANCELLED, booking.getStatus());
  }

  @Test
  void theRoomsManagersDecideNobodyElse() {
    assertTrue(RoomPolicy.mayDecide(member(1, SCHOOL_A, SchoolRole.SCHOOL_ADMIN), room));
    assertTrue(RoomPolicy.mayDecide(trustAdmin(2), room));
    assertFalse(RoomPolicy.mayDecide(member(3, SCHOOL_B, SchoolRole.SCHOOL_ADMIN), room));
    assertFalse(RoomPolicy.mayDecide(member(4, SCHOOL_A, SchoolRole.TEACHER), room));
  }
}
