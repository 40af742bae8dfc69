package org.trustintranet.rooms.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What someone looking for a room asks for: a slot, at least so many places, some facilities and,
 * optionally, one school. It says which rooms suit ({@link #suits}) and which of those are free
 * ({@link #free}): no CONFIRMED or PENDING booking of the room overlaps the slot. Whether the
 * person may book a room is {@link RoomPolicy}'s question, asked before.
 */
public record RoomWanted(TimeSlot slot, int capacity, Set<Facility> facilities, Long schoolId) {
  public RoomWanted {
    Objects.requireNonNull(slot, "slot");
    if (capacity < 1) {
      throw new BusinessException("error.rooms.noAttendees");
    }
    facilities =
        facilities == null || facilities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(facilities));
  }

  /** True when the room is open, big enough, has every facility asked for and is at the school. */
  public boolean suits(Room room) {
    return !room.isArchived()
        && room.getCapacity() >= capacity
        && room.facilities().containsAll(facilities)
        && (schoolId == null || room.getSchoolId() == schoolId);
  }

  /**
   * The rooms among {@code candidates} that suit and that no holding booking (CONFIRMED or PENDING)
   * among {@code holding} occupies during the slot, in the candidates' order.
   */
  public List<Room> free(Collection<Room> candidates, Collection<Booking> holding) {
    Set<Long> taken = new HashSet<>();
    for (Booking b : holding) {
      if (b.getStatus().holdsSlot() && b.slot().overlaps(slot)) {
        taken.add(b.getRoomId());
      }
    }
    return candidates.stream().filter(this::suits).filter(r -> !taken.contains(r.getId())).toList();
  }
}
