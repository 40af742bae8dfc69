package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.trustintranet.rooms.domain.OccurrenceState.CLASH;
import static org.trustintranet.rooms.domain.OccurrenceState.CLOSED;
import static org.trustintranet.rooms.domain.OccurrenceState.FREE;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class RecurrencePlannerTest {
  /** A Tuesday, the second of the month. */
  private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 8);

  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime TEN = LocalTime.of(10, 0);

  private static List<Occurrence> plan(
      LocalDate first,
      Repeat repeat,
      LocalDate until,
      Integer count,
      Set<LocalDate> closed,
      Collection<TimeSlot> existing) {
    return RecurrencePlanner.plan(first, NINE, TEN, repeat, until, count, closed, existing);
  }

  private static List<LocalDate> days(List<Occurrence> plan) {
    return plan.stream().map(Occurrence::day).toList();
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  private static TimeSlot slot(LocalDate day, String from, String to) {
    return new TimeSlot(
        RecurrencePlanner.instant(day, LocalTime.parse(from)),
        RecurrencePlanner.instant(day, LocalTime.parse(to)));
  }

  @Test
  void weeklyUntilADateIncludesTheUntilDate() {
    List<Occurrence> plan =
        plan(TUESDAY, Repeat.WEEKLY, TUESDAY.plusWeeks(3), null, Set.of(), List.of());
    assertEquals(
        List.of(TUESDAY, TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(2), TUESDAY.plusWeeks(3)),
        days(plan));
    plan.forEach(o -> assertEquals(FREE, o.state()));
  }

  @Test
  void weeklyNTimes() {
    assertEquals(5, plan(TUESDAY, Repeat.WEEKLY, null, 5, Set.of(), List.of()).size());
    assertEquals(1, plan(TUESDAY, Repeat.WEEKLY, null, 1, Set.of(), List.of()).size());
  }

  @Test
  void fortnightlySkipsAWeek() {
    assertEquals(
        List.of(TUESDAY, TUESDAY.plusWeeks(2), TUESDAY.plusWeeks(4)),
        days(plan(TUESDAY, Repeat.FORTNIGHTLY, null, 3, Set.of(), List.of())));
  }

  @Test
  void dailyRunsOnSchoolDaysOnly() {
    LocalDate friday = LocalDate.of(2026, 9, 11);
    List<LocalDate> days = days(plan(friday, Repeat.DAILY, null, 3, Set.of(), List.of()));
    assertEquals(List.of(friday, friday.plusDays(3), friday.plusDays(4)), days);
    LocalDate saturday = friday.plusDays(1);
    assertEquals(
        List.of(friday.plusDays(3)),
        days(plan(saturday, Repeat.DAILY, saturday.plusDays(2), null, Set.of(), List.of())));
  }

  @Test
  void monthlyKeepsTheWeekdayOfTheMonth() {
    // The second Tuesday of September 2026, then of October, November, December.
    assertEquals(
        List.of(
            TUESDAY,
            LocalDate.of(2026, 10, 13),
            LocalDate.of(2026, 11, 10),
            LocalDate.of(2026, 12, 8)),
        days(plan(TUESDAY, Repeat.MONTHLY, null, 4, Set.of(), List.of())));
    days(plan(TUESDAY, Repeat.MONTHLY, null, 4, Set.of(), List.of()))
        .forEach(d -> assertEquals(DayOfWeek.TUESDAY, d.getDayOfWeek()));
  }

  @Test
  void aFifthWeekdayBecomesTheLastOfTheMonth() {
    LocalDate fifthTuesday = LocalDate.of(2026, 9, 29);
    assertEquals(
        List.of(fifthTuesday, LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 24)),
        days(plan(fifthTuesday, Repeat.MONTHLY, null, 3, Set.of(), List.of())));
  }

  @Test
  void closedDaysAreMarkedNotDropped() {
    LocalDate halfTerm = TUESDAY.plusWeeks(1);
    List<Occurrence> plan = plan(TUESDAY, Repeat.WEEKLY, null, 3, Set.of(halfTerm), List.of());
    assertEquals(List.of(FREE, CLOSED, FREE), plan.stream().map(Occurrence::state).toList());
  }

  @Test
  void overlappingBookingsClashAndTouchingOnesDoNot() {
    LocalDate second = TUESDAY.plusWeeks(1);
    LocalDate third = TUESDAY.plusWeeks(2);
    List<Occurrence> plan =
        plan(
            TUESDAY,
            Repeat.WEEKLY,
            null,
            3,
            Set.of(),
            List.of(slot(second, "09:30", "11:00"), slot(third, "10:00", "11:00")));
    assertEquals(List.of(FREE, CLASH, FREE), plan.stream().map(Occurrence::state).toList());
  }

  @Test
  void aClosedDayOutranksAClash() {
    List<Occurrence> plan =
        plan(
            TUESDAY,
            Repeat.WEEKLY,
            null,
            1,
            Set.of(TUESDAY),
            List.of(slot(TUESDAY, "09:00", "10:00")));
    assertEquals(CLOSED, plan.get(0).state());
  }

  @Test
  void wallClockTimesAreKeptAcrossTheClockChange() {
    // Clocks go back on Sunday 25 October 2026: 09:00 is 08:00 UTC before, 09:00 UTC after.
    LocalDate before = LocalDate.of(2026, 10, 20);
    List<Occurrence> plan = plan(before, Repeat.WEEKLY, null, 2, Set.of(), List.of());
    for (Occurrence o : plan) {
      ZonedDateTime local = o.slot().start().atZone(RecurrencePlanner.TRUST_ZONE);
      assertEquals(NINE, local.toLocalTime());
      assertEquals(Duration.ofHours(1), Duration.between(o.slot().start(), o.slot().end()));
    }
    assertEquals(
        Duration.ofDays(7).plusHours(1),
        Duration.between(plan.get(0).slot().start(), plan.get(1).slot().start()));
    // Forward on Sunday 28 March 2027.
    LocalDate march = LocalDate.of(2027, 3, 23);
    List<Occurrence> spring = plan(march, Repeat.WEEKLY, null, 2, Set.of(), List.of());
    assertEquals(
        Duration.ofDays(7).minusHours(1),
        Duration.between(spring.get(0).slot().start(), spring.get(1).slot().start()));
  }

  @Test
  void aTimeThatDoesNotExistIsRefused() {
    LocalDate springForward = LocalDate.of(2027, 3, 28);
    assertEquals(
        "error.rooms.noSuchTime",
        refusal(
            () ->
                RecurrencePlanner.plan(
                    springForward,
                    LocalTime.of(1, 30),
                    LocalTime.of(3, 0),
                    Repeat.WEEKLY,
                    null,
                    1,
                    Set.of(),
                    List.of())));
  }

  @Test
  void untilOrCountOneOfThem() {
    assertEquals(
        "error.rooms.series.untilOrCount",
        refusal(() -> plan(TUESDAY, Repeat.WEEKLY, null, null, Set.of(), List.of())));
    assertEquals(
        "error.rooms.series.untilOrCount",
        refusal(() -> plan(TUESDAY, Repeat.WEEKLY, TUESDAY.plusWeeks(2), 2, Set.of(), List.of())));
    assertEquals(
        "error.rooms.series.untilBeforeFirst",
        refusal(
            () -> plan(TUESDAY, Repeat.WEEKLY, TUESDAY.minusDays(1), null, Set.of(), List.of())));
    assertEquals(
        "error.rooms.series.tooMany",
        refusal(() -> plan(TUESDAY, Repeat.WEEKLY, null, 0, Set.of(), List.of())));
  }

  @Test
  void atMostAHundredDates() {
    assertEquals(100, plan(TUESDAY, Repeat.DAILY, null, 100, Set.of(), List.of()).size());
    assertEquals(
        "error.rooms.series.tooMany",
        refusal(() -> plan(TUESDAY, Repeat.DAILY, null, 101, Set.of(), List.of())));
    assertEquals(
        "error.rooms.series.tooMany",
        refusal(
            () -> plan(TUESDAY, Repeat.DAILY, TUESDAY.plusMonths(6), null, Set.of(), List.of())));
  }

  @Test
  void atMostASchoolYear() {
    assertEquals(
        53, plan(TUESDAY, Repeat.WEEKLY, TUESDAY.plusDays(366), null, Set.of(), List.of()).size());
    assertEquals(
        "error.rooms.series.tooLong",
        refusal(
            () -> plan(TUESDAY, Repeat.WEEKLY, TUESDAY.plusDays(367), null, Set.of(), List.of())));
    assertEquals(
        "error.rooms.series.tooLong",
        refusal(() -> plan(TUESDAY, Repeat.WEEKLY, null, 60, Set.of(), List.of())));
  }

  @Test
  void theEndComesAfterTheStart() {
    assertEquals(
        "error.rooms.endNotAfterStart",
        refusal(
            () ->
                RecurrencePlanner.plan(
                    TUESDAY, TEN, NINE, Repeat.WEEKLY, null, 2, Set.of(), List.of())));
  }
}
