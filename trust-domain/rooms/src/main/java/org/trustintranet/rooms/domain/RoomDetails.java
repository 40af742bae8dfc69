package org.trustintranet.rooms.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a room is and how it is lent: its name, how many people it holds, its facilities, where it
 * is in the school and how to get there, who may book it and whether its school approves each
 * booking. Validated here, whoever builds it.
 */
public record RoomDetails(
    String name,
    int capacity,
    Set<Facility> facilities,
    String location,
    String directions,
    Sharing sharing,
    boolean approvalRequired) {
  public static final int NAME_LENGTH = 120;
  public static final int LOCATION_LENGTH = 200;
  public static final int DIRECTIONS_LENGTH = 1000;

  /** The largest capacity a room may be given (a sports hall). */
  public static final int MAX_CAPACITY = 2000;

  public RoomDetails {
    name = name == null ? "" : name.strip();
    if (name.isEmpty()) {
      throw new BusinessException("error.rooms.nameRequired");
    }
    if (name.length() > NAME_LENGTH) {
      throw new BusinessException("error.rooms.nameTooLong", NAME_LENGTH);
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new BusinessException("error.rooms.capacityRange", MAX_CAPACITY);
    }
    facilities =
        facilities == null || facilities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(facilities));
    location = blankToNull(location, LOCATION_LENGTH, "error.rooms.locationTooLong");
    directions = blankToNull(directions, DIRECTIONS_LENGTH, "error.rooms.directionsTooLong");
    Objects.requireNonNull(sharing, "sharing");
  }

  private static String blankToNull(String text, int limit, String tooLong) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > limit) {
      throw new BusinessException(tooLong, limit);
    }
    return stripped;
  }
}
