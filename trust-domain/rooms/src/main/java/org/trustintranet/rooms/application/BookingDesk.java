package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingRules;
import org.trustintranet.rooms.domain.ClosedDay;
import org.trustintranet.rooms.domain.RecurrencePlanner;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.TimeSlot;

/**
 * Where bookings are made, one room at a time. Each booking runs in a transaction of its own whose
 * first read is the room's row, locked for writing ({@code SELECT ... FOR UPDATE}): a second
 * booking of the same room waits there until the first commits or rolls back, and only then reads
 * the room's bookings, so it sees the first one and is refused if they clash. A transaction of its
 * own, because on MariaDB (repeatable read) a transaction sees the bookings as they were at its
 * first plain read: a read before the lock would hide bookings committed while it waited. The lock
 * is the database's, so it holds across server instances.
 */
@ApplicationScoped
class BookingDesk {
  @Inject RoomRepository rooms;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The new booking's id; the caller has checked the form and knows who {@code me} is. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  long book(UserProfile me, long roomId, BookingForm form) {
    Room room =
        rooms
            .lockForBooking(roomId)
            .filter(r -> RoomPolicy.maySee(me, r))
            .orElseThrow(() -> new NotFoundException(RoomAccess.NOT_FOUND));
    if (!RoomPolicy.mayBook(me, room)) {
      throw room.isArchived()
          ? new BusinessException("error.rooms.closed")
          : new NotPermittedException();
    }
    TimeSlot slot = new TimeSlot(form.start(), form.end());
    refuseClosedDay(room, slot);
    Instant now = clock.instant();
    List<Booking> holding = rooms.holding(roomId, slot.start(), slot.end());
    Booking booking =
        BookingRules.book(
            room,
            slot,
            form.title(),
            form.purpose(),
            form.attendees(),
            me.personId(),
            holding,
            now);
    rooms.add(booking);
    rooms.flush();
    audit.record(
        "rooms.book",
        "booking",
        booking.getId(),
        room.getName() + ": " + booking.getTitle(),
        null,
        new BookedSlot(roomId, slot.start(), slot.end(), booking.getStatus().name()));
    return booking.getId();
  }

  /** Nobody books a room on a day its school is closed ({@code error.rooms.closedDay}). */
  private void refuseClosedDay(Room room, TimeSlot slot) {
    LocalDate first = LocalDate.ofInstant(slot.start(), RecurrencePlanner.TRUST_ZONE);
    LocalDate last = LocalDate.ofInstant(slot.end().minusNanos(1), RecurrencePlanner.TRUST_ZONE);
    List<ClosedDay> closed = rooms.closedDays(room.getSchoolId(), first, last);
    if (!closed.isEmpty()) {
      throw new BusinessException("error.rooms.closedDay", closed.get(0).getReason());
    }
  }
}
