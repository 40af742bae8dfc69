package org.trustintranet.rooms.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * "Find a room": a slot from {@code start} to {@code end}, at least {@code capacity} places, every
 * one of {@code facilities} (named as in {@link RoomOptions}) and, when {@code schoolId} is not
 * null, at that school only.
 */
public record RoomSearch(
    @NotNull Instant start,
    @NotNull Instant end,
    @Min(1) @Max(10_000) int capacity,
    @NotNull @Size(max = 20) List<String> facilities,
    Long schoolId)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RoomSearch {
    facilities = facilities == null ? null : List.copyOf(facilities);
  }
}
