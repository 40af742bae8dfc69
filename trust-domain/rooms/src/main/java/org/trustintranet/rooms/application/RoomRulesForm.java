package org.trustintranet.rooms.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.rooms.domain.RoomRules;

/**
 * When a room may be booked, as its managers fill it in and everyone who may see it reads it: the
 * hours of each weekday, Monday first (closed days without times), the shortest and longest booking
 * in minutes, and how many days ahead. The domain's {@link RoomRules} checks the rest.
 */
public record RoomRulesForm(
    @NotNull List<DayHours> days,
    @Min(1) @Max(RoomRules.MAX_MINUTES) int minMinutes,
    @Min(1) @Max(RoomRules.MAX_MINUTES) int maxMinutes,
    @Min(1) @Max(RoomRules.MAX_DAYS_AHEAD) int daysAhead)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RoomRulesForm {
    days = days == null ? List.of() : List.copyOf(days);
  }
}
