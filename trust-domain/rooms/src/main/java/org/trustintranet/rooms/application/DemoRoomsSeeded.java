package org.trustintranet.rooms.application;

import java.time.Instant;
import java.util.Map;
import org.trustintranet.membership.application.DemoTrustSeeded;

/**
 * The demo trust's rooms are seeded (inside the seeding transaction): the demo trust, and the demo
 * bookings other contexts' demo content refers to by key (networks: {@code "maths-network"}, the
 * maths leads' meeting).
 */
public record DemoRoomsSeeded(DemoTrustSeeded trust, Map<String, DemoBooking> bookings) {
  public DemoRoomsSeeded {
    bookings = Map.copyOf(bookings);
  }

  /** A demo booking: its room, the room and school as people read them, and when. */
  public record DemoBooking(
      long bookingId, long roomId, String place, Instant start, Instant end) {}
}
