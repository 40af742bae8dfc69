package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.trustintranet.rooms.domain.Rooms.NOW;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_A;
import static org.trustintranet.rooms.domain.Rooms.room;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

/** The per-room rules: bookable hours per weekday, shortest and longest booking, days ahead. */
class RoomRulesTest {
  private static final RoomRules.Hours NINE_TO_FOUR =
      new RoomRules.Hours(LocalTime.of(9, 0), LocalTime.of(16, 0));

  /** Tuesdays 09:00-16:00 only, 30 minutes to 4 hours, 60 days ahead. */
  private static final RoomRules TUESDAYS =
      new RoomRules(Map.of(DayOfWeek.TUESDAY, NINE_TO_FOUR), 30, 240, 60);

  /** {@code time} on {@code date} in London, e.g. ("2026-03-10", "09:00"). */
  private static Instant london(String date, String time) {
    return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(RoomRules.ZONE).toInstant();
  }

  private static TimeSlot on(String date, String from, String to) {
    return new TimeSlot(london(date, from), london(date, to));
  }

  private static BusinessException refusal(RoomRules rules, TimeSlot slot) {
    return assertThrows(BusinessException.class, () -> rules.check(slot, NOW));
  }

  @Test
  void theDefaultIsWeekdaysEightToSixFifteenMinutesToTenHoursNinetyDays() {
    RoomRules rules = RoomRules.DEFAULT;
    assertEquals(5, rules.hours().size());
    assertEquals(null, rules.hours().get(DayOfWeek.SATURDAY));
    assertEquals(LocalTime.of(8, 0), rules.hours().get(DayOfWeek.FRIDAY).opens());
    assertEquals(LocalTime.of(18, 0), rules.hours().get(DayOfWeek.MONDAY).closes());
    assertEquals(15, rules.minMinutes());
    assertEquals(600, rules.maxMinutes());
    assertEquals(90, rules.daysAhead());
    // 2026-03-09 is a Monday; 2026-03-14 a Saturday
    assertDoesNotThrow(() -> rules.check(on("2026-03-09", "08:00", "18:00"), NOW));
    assertEquals(
        "error.rooms.closedOnDay.SATURDAY",
        refusal(rules, on("2026-03-14", "10:00", "11:00")).messageKey());
  }

  @Test
  void aBookingWithinTheHoursOfItsDayIsFine() {
    assertDoesNotThrow(() -> TUESDAYS.check(on("2026-03-10", "09:00", "13:00"), NOW));
    assertDoesNotThrow(() -> TUESDAYS.check(on("2026-03-10", "15:30", "16:00"), NOW));
  }

  @Test
  void outsideTheHoursTheMessageNamesTheHoursAndTheDay() {
    BusinessException early = refusal(TUESDAYS, on("2026-03-10", "08:30", "10:00"));
    assertEquals("error.rooms.outsideHours.TUESDAY", early.messageKey());
    assertArrayEquals(new Object[] {"09:00", "16:00"}, early.arguments());
    assertEquals(
        "error.rooms.outsideHours.TUESDAY",
        refusal(TUESDAYS, on("2026-03-10", "15:30", "16:30")).messageKey());
  }

  @Test
  void aClosedDayIsRefusedWithItsName() {
    BusinessException wednesday = refusal(TUESDAYS, on("2026-03-11", "10:00", "11:00"));
    assertEquals("error.rooms.closedOnDay.WEDNESDAY", wednesday.messageKey());
  }

  @Test
  void aBookingOverMidnightIsOutsideTheHours() {
    RoomRules allDay =
        new RoomRules(
            RoomRules.weekdays(new RoomRules.Hours(LocalTime.MIN, LocalTime.of(23, 59))),
            15,
            RoomRules.MAX_MINUTES,
            90);
    TimeSlot overnight = new TimeSlot(london("2026-03-10", "22:00"), london("2026-03-11", "01:00"));
    assertEquals("error.rooms.outsideHours.TUESDAY", refusal(allDay, overnight).messageKey());
  }

  @Test
  void tooShortAndTooLongAreRefusedWithTheLimit() {
    BusinessException shorter = refusal(TUESDAYS, on("2026-03-10", "10:00", "10:15"));
    assertEquals("error.rooms.tooShort", shorter.messageKey());
    assertArrayEquals(new Object[] {30}, shorter.arguments());
    BusinessException longer = refusal(TUESDAYS, on("2026-03-10", "09:00", "13:01"));
    assertEquals("error.rooms.tooLongHours", longer.messageKey());
    assertArrayEquals(new Object[] {4}, longer.arguments(), "at most 4 hours");
    RoomRules ninety = new RoomRules(Map.of(DayOfWeek.TUESDAY, NINE_TO_FOUR), 30, 90, 60);
    BusinessException inMinutes = refusal(ninety, on("2026-03-10", "09:00", "11:00"));
    assertEquals("error.rooms.tooLong", inMinutes.messageKey());
    assertArrayEquals(new Object[] {90}, inMinutes.arguments());
  }

  @Test
  void theLastDayAheadMayBeBookedButNotTheNext() {
    // NOW is Monday 2 March 2026; 60 days ahead is Friday 1 May; Tuesday 28 April is in reach
    RoomRules everyDay = new RoomRules(RoomRules.weekdays(NINE_TO_FOUR), 30, 240, 57);
    assertDoesNotThrow(() -> everyDay.check(on("2026-04-28", "10:00", "11:00"), NOW));
    BusinessException far = refusal(everyDay, on("2026-04-29", "10:00", "11:00"));
    assertEquals("error.rooms.tooFarAhead", far.messageKey());
    assertArrayEquals(new Object[] {57}, far.arguments());
  }

  @Test
  void theLengthIsTheTimeThatPassesOverAClockChange() {
    // 29 March 2026, a Sunday: the clocks go forward at 01:00; 00:30 to 03:30 is two hours
    RoomRules sundays =
        new RoomRules(
            Map.of(DayOfWeek.SUNDAY, new RoomRules.Hours(LocalTime.MIN, LocalTime.of(23, 0))),
            15,
            150,
            90);
    assertDoesNotThrow(() -> sundays.check(on("2026-03-29", "00:30", "03:30"), NOW));
    assertEquals(
        "error.rooms.tooLong", refusal(sundays, on("2026-03-29", "04:00", "07:00")).messageKey());
  }

  @Test
  void rulesThatMakeNoSenseAreRefused() {
    assertEquals(
        "error.rooms.rules.hoursOrder",
        assertThrows(
                BusinessException.class,
                () -> new RoomRules.Hours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
            .messageKey());
    assertEquals(
        "error.rooms.rules.minRange",
        assertThrows(BusinessException.class, () -> new RoomRules(Map.of(), 0, 60, 10))
            .messageKey());
    assertEquals(
        "error.rooms.rules.maxRange",
        assertThrows(BusinessException.class, () -> new RoomRules(Map.of(), 60, 30, 10))
            .messageKey());
    assertEquals(
        "error.rooms.rules.maxRange",
        assertThrows(BusinessException.class, () -> new RoomRules(Map.of(), 60, 1441, 10))
            .messageKey());
    assertEquals(
        "error.rooms.rules.aheadRange",
        assertThrows(BusinessException.class, () -> new RoomRules(Map.of(), 15, 60, 0))
            .messageKey());
  }

  @Test
  void theHoursAreStoredAsTextAndReadBack() {
    RoomRules rules =
        new RoomRules(
            Map.of(
                DayOfWeek.MONDAY,
                NINE_TO_FOUR,
                DayOfWeek.SATURDAY,
                new RoomRules.Hours(LocalTime.of(10, 0), LocalTime.of(12, 30))),
            15,
            60,
            30);
    assertEquals("MONDAY=09:00-16:00,SATURDAY=10:00-12:30", rules.hoursText());
    assertEquals(rules.hours(), RoomRules.parseHours(rules.hoursText()));
    assertEquals(Map.of(), RoomRules.parseHours(""));
  }

  @Test
  void aRoomStartsWithTheDefaultAndBookingsKeepItsRules() {
    Room room = room(9, SCHOOL_A, 20, Sharing.TRUST, false);
    assertEquals(RoomRules.DEFAULT, room.rules());
    room.changeRules(TUESDAYS, NOW);
    assertEquals(TUESDAYS, room.rules());
    TimeSlot monday = on("2026-03-09", "10:00", "11:00");
    assertEquals(
        "error.rooms.closedOnDay.MONDAY",
        assertThrows(
                BusinessException.class,
                () -> BookingRules.book(room, monday, "T", null, 5, 42, List.of(), NOW))
            .messageKey());
    TimeSlot tuesday = on("2026-03-10", "10:00", "11:00");
    assertEquals(
        BookingStatus.CONFIRMED,
        BookingRules.book(room, tuesday, "T", null, 5, 42, List.of(), NOW).getStatus());
  }
}
