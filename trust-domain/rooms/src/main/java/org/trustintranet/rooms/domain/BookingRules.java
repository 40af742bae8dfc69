package org.trustintranet.rooms.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * The rules a new booking keeps: the room is open, the slot ends after it starts and has not begun,
 * the title is there and not too long, the attendees fit the room (1 to its capacity), the slot
 * keeps the room's {@link RoomRules} (hours, length, how far ahead), and no CONFIRMED or PENDING
 * booking of the room overlaps the slot (slots that touch are fine). A room whose school approves
 * its bookings gets a PENDING booking, any other a CONFIRMED one.
 *
 * <p>The clash check is only as good as the list it is given: the service passes the bookings it
 * read after locking the room's row, so that two bookings of one room are decided one after the
 * other.
 */
public final class BookingRules {
  private BookingRules() {}

  /** The checked booking, not yet stored; throws the first rule it breaks. */
  public static Booking book(
      Room room,
      TimeSlot slot,
      String title,
      String purpose,
      int attendees,
      long organiserId,
      Collection<Booking> existing,
      Instant now) {
    Objects.requireNonNull(room.getId(), "the room is stored before it is booked");
    if (room.isArchived()) {
      throw new BusinessException("error.rooms.closed");
    }
    String checkedTitle = title == null ? "" : title.strip();
    if (checkedTitle.isEmpty()) {
      throw new BusinessException("error.rooms.titleRequired");
    }
    if (checkedTitle.length() > Booking.TITLE_LENGTH) {
      throw new BusinessException("error.rooms.titleTooLong", Booking.TITLE_LENGTH);
    }
    String checkedPurpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    if (checkedPurpose != null && checkedPurpose.length() > Booking.PURPOSE_LENGTH) {
      throw new BusinessException("error.rooms.purposeTooLong", Booking.PURPOSE_LENGTH);
    }
    if (attendees < 1) {
      throw new BusinessException("error.rooms.noAttendees");
    }
    if (attendees > room.getCapacity()) {
      throw new BusinessException("error.rooms.overCapacity", room.getCapacity());
    }
    if (slot.start().isBefore(now)) {
      throw new BusinessException("error.rooms.inThePast");
    }
    room.rules().check(slot, now);
    for (Booking other : existing) {
      if (other.getRoomId() == room.getId().longValue()
          && other.getStatus().holdsSlot()
          && other.slot().overlaps(slot)) {
        throw new BusinessException("error.rooms.clash");
      }
    }
    BookingStatus status =
        room.isApprovalRequired() ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
    return new Booking(
        room.getId(), slot, checkedTitle, checkedPurpose, attendees, organiserId, status, now);
  }
}
