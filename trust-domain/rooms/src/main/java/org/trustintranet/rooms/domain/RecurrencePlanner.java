package org.trustintranet.rooms.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * Expands a first slot and a {@link Repeat} into the dates of a series, each marked FREE, CLASH or
 * CLOSED; pure, so the rules are tested without a container. Times are wall-clock times in the
 * trust's zone (Europe/London): a 09:00 series stays at 09:00 across the clock changes, the UTC
 * instant moving by an hour. A series ends on its {@code until} date (inclusive) or after {@code
 * count} dates, closed and clashing ones included, and never runs longer than {@link
 * #MAX_SPAN_DAYS} days or to more than {@link #MAX_OCCURRENCES} dates. A time that does not exist
 * on a spring-forward day is refused ({@code error.rooms.noSuchTime}).
 */
public final class RecurrencePlanner {
  public static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");
  public static final int MAX_OCCURRENCES = 100;

  /** About a school year. */
  public static final int MAX_SPAN_DAYS = 366;

  private RecurrencePlanner() {}

  /**
   * The series' dates. {@code until} or {@code count} (one of them, not both) ends it; {@code
   * closedDays} are the room's school's closed days, {@code existing} the room's bookings that hold
   * their slots in the series' span.
   */
  public static List<Occurrence> plan(
      LocalDate first,
      LocalTime start,
      LocalTime end,
      Repeat repeat,
      LocalDate until,
      Integer count,
      Set<LocalDate> closedDays,
      Collection<TimeSlot> existing) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(repeat, "repeat");
    if ((until == null) == (count == null)) {
      throw new BusinessException("error.rooms.series.untilOrCount");
    }
    if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
      throw new BusinessException("error.rooms.series.tooMany", MAX_OCCURRENCES);
    }
    if (until != null && until.isBefore(first)) {
      throw new BusinessException("error.rooms.series.untilBeforeFirst");
    }
    if (until != null && ChronoUnit.DAYS.between(first, until) > MAX_SPAN_DAYS) {
      throw new BusinessException("error.rooms.series.tooLong", MAX_SPAN_DAYS);
    }
    if (!end.isAfter(start)) {
      throw new BusinessException("error.rooms.endNotAfterStart");
    }
    LocalDate last = until != null ? until : first.plusDays(MAX_SPAN_DAYS);
    List<Occurrence> plan = new ArrayList<>();
    int n = 0;
    for (LocalDate day = first;
        !day.isAfter(last) && (count == null || plan.size() < count);
        day = nth(first, repeat, ++n)) {
      if (repeat == Repeat.DAILY && isWeekend(day)) {
        continue;
      }
      if (plan.size() == MAX_OCCURRENCES) {
        throw new BusinessException("error.rooms.series.tooMany", MAX_OCCURRENCES);
      }
      TimeSlot slot = new TimeSlot(instant(day, start), instant(day, end));
      plan.add(new Occurrence(day, slot, state(day, slot, closedDays, existing)));
    }
    if (count != null && plan.size() < count) {
      throw new BusinessException("error.rooms.series.tooLong", MAX_SPAN_DAYS);
    }
    return List.copyOf(plan);
  }

  /** The instant of a wall-clock time on a day in the trust's zone; a skipped time is refused. */
  public static Instant instant(LocalDate day, LocalTime time) {
    var local = day.atTime(time);
    if (TRUST_ZONE.getRules().getValidOffsets(local).isEmpty()) {
      throw new BusinessException("error.rooms.noSuchTime", day.toString(), time.toString());
    }
    return local.atZone(TRUST_ZONE).toInstant();
  }

  private static OccurrenceState state(
      LocalDate day, TimeSlot slot, Set<LocalDate> closedDays, Collection<TimeSlot> existing) {
    if (closedDays.contains(day)) {
      return OccurrenceState.CLOSED;
    }
    for (TimeSlot other : existing) {
      if (other.overlaps(slot)) {
        return OccurrenceState.CLASH;
      }
    }
    return OccurrenceState.FREE;
  }

  /** The n-th date after the first (before skipping weekends for DAILY). */
  private static LocalDate nth(LocalDate first, Repeat repeat, int n) {
    return switch (repeat) {
      case DAILY -> first.plusDays(n);
      case WEEKLY -> first.plusWeeks(n);
      case FORTNIGHTLY -> first.plusWeeks(2L * n);
      case MONTHLY -> sameWeekdayOfMonth(first, first.plusMonths(n));
    };
  }

  /**
   * In {@code month}'s month, the weekday of {@code first} with the same ordinal ("second
   * Tuesday"); a fifth weekday becomes the month's last one.
   */
  static LocalDate sameWeekdayOfMonth(LocalDate first, LocalDate month) {
    DayOfWeek weekday = first.getDayOfWeek();
    int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
    if (ordinal == 5) {
      return month.with(TemporalAdjusters.lastInMonth(weekday));
    }
    return month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
