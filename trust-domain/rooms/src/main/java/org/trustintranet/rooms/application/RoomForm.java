package org.trustintranet.rooms.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.rooms.domain.RoomDetails;

/**
 * A room as its manager fills it in. Facilities and sharing are named as in {@link RoomOptions}
 * ("PROJECTOR", "TRUST"); the school is the owning school, fixed once the room exists.
 */
public record RoomForm(
    long schoolId,
    @NotBlank @Size(max = RoomDetails.NAME_LENGTH) String name,
    @Min(1) @Max(RoomDetails.MAX_CAPACITY) int capacity,
    @NotNull List<String> facilities,
    @Size(max = RoomDetails.LOCATION_LENGTH) String location,
    @Size(max = RoomDetails.DIRECTIONS_LENGTH) String directions,
    @NotNull String sharing,
    boolean approvalRequired)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RoomForm {
    facilities = facilities == null ? List.of() : List.copyOf(facilities);
  }
}
