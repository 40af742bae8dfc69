package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class TimetableTest {
  private static Timetable.Period period(String name, String starts, String ends) {
    return new Timetable.Period(name, LocalTime.parse(starts), LocalTime.parse(ends));
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  @Test
  void periodsAreKeptInOrderOfTheirStart() {
    Timetable t =
        new Timetable(
            List.of(period("Period 2", "09:50", "10:50"), period("Period 1", "08:50", "09:50")));
    assertEquals(List.of("Period 1", "Period 2"), t.periods().stream().map(p -> p.name()).toList());
  }

  @Test
  void periodsThatMeetDoNotOverlap() {
    assertEquals(
        2,
        new Timetable(
                List.of(period("Period 1", "08:50", "09:50"), period("Lunch", "09:50", "10:30")))
            .periods()
            .size());
  }

  @Test
  void overlappingPeriodsAreRefused() {
    assertEquals(
        "error.rooms.periods.overlap",
        refusal(
            () ->
                new Timetable(
                    List.of(
                        period("Period 1", "08:50", "09:50"),
                        period("Period 2", "09:45", "10:45")))));
    assertEquals(
        "error.rooms.periods.overlap",
        refusal(
            () ->
                new Timetable(
                    List.of(period("Day", "08:00", "16:00"), period("Lunch", "12:00", "13:00")))));
  }

  @Test
  void aPeriodEndsAfterItStarts() {
    assertEquals(
        "error.rooms.periods.endNotAfterStart", refusal(() -> period("P1", "09:50", "09:50")));
    assertEquals(
        "error.rooms.periods.endNotAfterStart", refusal(() -> period("P1", "10:00", "09:00")));
  }

  @Test
  void aPeriodHasANameAndItsTimes() {
    assertEquals("error.rooms.periods.nameRequired", refusal(() -> period("  ", "09:00", "10:00")));
    assertEquals(
        "error.rooms.periods.nameTooLong",
        refusal(() -> period("x".repeat(Timetable.NAME_LENGTH + 1), "09:00", "10:00")));
    assertEquals(
        "error.rooms.periods.timeRequired",
        refusal(() -> new Timetable.Period("P1", null, LocalTime.NOON)));
    assertEquals("Period 1", period("  Period 1 ", "09:00", "10:00").name());
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    assertEquals(
        "error.rooms.periods.duplicateName",
        refusal(
            () ->
                new Timetable(
                    List.of(
                        period("Lunch", "12:00", "12:30"), period("LUNCH", "12:30", "13:00")))));
  }

  @Test
  void atMostTwelvePeriods() {
    List<Timetable.Period> periods = new ArrayList<>();
    for (int i = 0; i < Timetable.MAX_PERIODS; i++) {
      periods.add(
          new Timetable.Period(
              "P" + i,
              LocalTime.of(8, 0).plusMinutes(30L * i),
              LocalTime.of(8, 30).plusMinutes(30L * i)));
    }
    assertEquals(Timetable.MAX_PERIODS, new Timetable(periods).periods().size());
    periods.add(period("Late", "20:00", "21:00"));
    assertEquals("error.rooms.periods.tooMany", refusal(() -> new Timetable(periods)));
    assertTrue(Timetable.NONE.isEmpty());
  }
}
