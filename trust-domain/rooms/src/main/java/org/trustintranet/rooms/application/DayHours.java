package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * One weekday's bookable hours in a {@link RoomRulesForm}: {@code day} names the weekday as {@link
 * java.time.DayOfWeek} does ("MONDAY"); a closed day has no times.
 */
public record DayHours(String day, LocalTime opens, LocalTime closes) implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean open() {
    return opens != null && closes != null;
  }
}
