package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;

/**
 * Loads a room for a service on behalf of a user, or says no. A room the user may not see (another
 * school's own room) is answered exactly as one that does not exist, so that nobody learns which
 * ids hold rooms kept for others.
 */
@ApplicationScoped
class RoomAccess {
  static final String NOT_FOUND = "error.rooms.notFound";

  @Inject RoomRepository rooms;
  @Inject RoomViews views;

  /**
   * The name of a school whose rooms, closed days and periods the user manages; not permitted for
   * someone else, {@code error.rooms.unknownSchool} for a school that does not exist.
   */
  String managedSchool(UserProfile me, long schoolId) {
    if (!RoomPolicy.mayManageAt(me, schoolId)) {
      throw new NotPermittedException();
    }
    String name = views.schoolNames().get(schoolId);
    if (name == null) {
      throw new NotFoundException("error.rooms.unknownSchool");
    }
    return name;
  }

  /** The open rooms the user may book, by name (one read, whatever the number of schools). */
  List<Room> bookable(UserProfile me) {
    List<Room> open =
        me.isTrustAdmin() ? rooms.allOpen() : rooms.bookable(me.schoolRoles().keySet());
    return open.stream().filter(r -> RoomPolicy.mayBook(me, r)).toList();
  }

  /** The room if the user may book or manage it; {@code error.rooms.notFound} otherwise. */
  Room visible(UserProfile me, long id) {
    return rooms
        .find(id)
        .filter(r -> RoomPolicy.maySee(me, r))
        .orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  /** The room if the user may manage it (not found if they may not even see it). */
  Room manageable(UserProfile me, long id) {
    Room room = visible(me, id);
    if (!RoomPolicy.mayManage(me, room)) {
      throw new NotPermittedException();
    }
    return room;
  }

  /**
   * The booking and its room if the user may cancel it (its organiser, or a manager of the room); a
   * booking of a room they may not see, and not their own, is answered as one that does not exist.
   */
  Cancellable cancellable(UserProfile me, long bookingId) {
    Booking booking =
        rooms
            .findBooking(bookingId)
            .orElseThrow(() -> new NotFoundException("error.rooms.bookingNotFound"));
    Room room =
        rooms
            .find(booking.getRoomId())
            .filter(r -> RoomPolicy.maySee(me, r) || booking.getOrganiserId() == me.personId())
            .orElseThrow(() -> new NotFoundException("error.rooms.bookingNotFound"));
    if (!RoomPolicy.mayCancel(me, room, booking)) {
      throw new NotPermittedException();
    }
    return new Cancellable(booking, room);
  }

  /** A booking its caller may cancel, and its room. */
  record Cancellable(Booking booking, Room room) {}
}
