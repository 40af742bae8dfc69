package org.trustintranet.rooms.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/** Rooms, times and people for the domain's unit tests (no container, no database). */
final class Rooms {
  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  static final long SCHOOL_A = 1;
  static final long SCHOOL_B = 2;

  private Rooms() {}

  static RoomDetails details(int capacity, Sharing sharing, boolean approval) {
    return new RoomDetails(
        "Training room",
        capacity,
        Set.of(Facility.PROJECTOR),
        "First floor",
        "Up the stairs",
        sharing,
        approval);
  }

  /** A stored room (with an id, as the repository gives it). */
  static Room room(long id, long school, int capacity, Sharing sharing, boolean approval) {
    Room room = new Room(school, details(capacity, sharing, approval), NOW);
    try {
      Field field = Room.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(room, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return room;
  }

  static TimeSlot slot(String from, String to) {
    return new TimeSlot(at(from), at(to));
  }

  /** A time on 9 March 2026 (UTC), e.g. "10:00". */
  static Instant at(String time) {
    return Instant.parse("2026-03-09T" + time + ":00Z");
  }

  static UserProfile member(long id, long school, SchoolRole role) {
    return new UserProfile(id, "Person " + id, Set.of(), Map.of(school, role));
  }

  static UserProfile trustAdmin(long id) {
    return new UserProfile(id, "Admin " + id, Set.of(TrustRole.TRUST_ADMIN), Map.of());
  }
}
