package org.trustintranet.rooms.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * When a room may be booked, set by its managers: the hours it is bookable on each weekday (a day
 * without hours is closed), the shortest and longest booking, and how many days ahead it may be
 * booked. Times are the trust's ({@link #ZONE}); a booking starts and ends within one day's hours.
 *
 * @param hours the bookable hours by weekday; weekdays left out are closed
 * @param minMinutes the shortest booking, in minutes
 * @param maxMinutes the longest booking, in minutes
 * @param daysAhead the last day that may be booked, counted in days from today
 */
public record RoomRules(
    Map<DayOfWeek, Hours> hours, int minMinutes, int maxMinutes, int daysAhead) {
  /** The trust's time zone: bookable hours are clock times there. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  /** The longest booking a room may allow: a whole day. */
  public static final int MAX_MINUTES = 24 * 60;

  /** The furthest ahead a room may be booked: two years. */
  public static final int MAX_DAYS_AHEAD = 730;

  /** Rooms that nobody has set rules for: Monday to Friday 08:00-18:00, 15 minutes to 10 hours. */
  public static final RoomRules DEFAULT =
      new RoomRules(weekdays(new Hours(LocalTime.of(8, 0), LocalTime.of(18, 0))), 15, 10 * 60, 90);

  /** One day's bookable hours, from {@code opens} to {@code closes} (after it, the same day). */
  public record Hours(LocalTime opens, LocalTime closes) {
    public Hours {
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      if (!closes.isAfter(opens)) {
        throw new BusinessException("error.rooms.rules.hoursOrder");
      }
    }

    boolean holds(LocalTime start, LocalTime end) {
      return !start.isBefore(opens) && !end.isAfter(closes);
    }

    @Override
    public String toString() {
      return opens + "-" + closes;
    }
  }

  public RoomRules {
    EnumMap<DayOfWeek, Hours> copy = new EnumMap<>(DayOfWeek.class);
    if (hours != null) {
      hours.forEach((day, h) -> copy.put(Objects.requireNonNull(day), Objects.requireNonNull(h)));
    }
    hours = Collections.unmodifiableMap(copy);
    if (minMinutes < 1 || minMinutes > MAX_MINUTES) {
      throw new BusinessException("error.rooms.rules.minRange", MAX_MINUTES);
    }
    if (maxMinutes < minMinutes || maxMinutes > MAX_MINUTES) {
      throw new BusinessException("error.rooms.rules.maxRange", MAX_MINUTES);
    }
    if (daysAhead < 1 || daysAhead > MAX_DAYS_AHEAD) {
      throw new BusinessException("error.rooms.rules.aheadRange", MAX_DAYS_AHEAD);
    }
  }

  /** The same hours on Monday to Friday, closed at weekends. */
  public static Map<DayOfWeek, Hours> weekdays(Hours each) {
    Map<DayOfWeek, Hours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        days.put(day, each);
      }
    }
    return days;
  }

  /**
   * Throws the first rule {@code slot} breaks, booked at {@code now}: within one day's hours
   * ({@code error.rooms.outsideHours.TUESDAY} with the hours, {@code
   * error.rooms.closedOnDay.SUNDAY}: one message per weekday, so that each language names the day
   * its way), long enough and not too long, not too far ahead. The length is the time that really
   * passes (a clock change counts).
   */
  public void check(TimeSlot slot, Instant now) {
    ZonedDateTime start = slot.start().atZone(ZONE);
    ZonedDateTime end = slot.end().atZone(ZONE);
    LocalDate day = start.toLocalDate();
    DayOfWeek weekday = day.getDayOfWeek();
    Hours open = hours.get(weekday);
    if (open == null) {
      throw new BusinessException("error.rooms.closedOnDay." + weekday.name());
    }
    if (!end.toLocalDate().equals(day) || !open.holds(start.toLocalTime(), end.toLocalTime())) {
      throw new BusinessException(
          "error.rooms.outsideHours." + weekday.name(),
          open.opens().toString(),
          open.closes().toString());
    }
    long minutes = Duration.between(slot.start(), slot.end()).toMinutes();
    if (minutes < minMinutes) {
      throw new BusinessException("error.rooms.tooShort", minMinutes);
    }
    if (Duration.between(slot.start(), slot.end()).compareTo(Duration.ofMinutes(maxMinutes)) > 0) {
      throw maxMinutes % 60 == 0 && maxMinutes > 60
          ? new BusinessException("error.rooms.tooLongHours", maxMinutes / 60)
          : new BusinessException("error.rooms.tooLong", maxMinutes);
    }
    if (day.isAfter(LocalDate.ofInstant(now, ZONE).plusDays(daysAhead))) {
      throw new BusinessException("error.rooms.tooFarAhead", daysAhead);
    }
  }

  /** The hours as stored: "MONDAY=08:00-18:00,TUESDAY=..." (closed days left out). */
  public String hoursText() {
    return hours.entrySet().stream()
        .map(e -> e.getKey().name() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  /** The hours read back from {@link #hoursText()}. */
  public static Map<DayOfWeek, Hours> parseHours(String text) {
    Map<DayOfWeek, Hours> days = new EnumMap<>(DayOfWeek.class);
    if (text == null || text.isBlank()) {
      return days;
    }
    for (String entry : text.split(",")) {
      String[] dayAndTimes = entry.split("=");
      String[] times = dayAndTimes[1].split("-");
      days.put(
          DayOfWeek.valueOf(dayAndTimes[0].strip()),
          new Hours(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())));
    }
    return days;
  }
}
