package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class SessionRepeatTest {
  private static SessionDetails at(String local, int minutes) {
    var start = LocalDateTime.parse(local).atZone(AcademicYear.ZONE).toInstant();
    return new SessionDetails(
        "Termly", "Agenda", start, start.plusSeconds(60L * minutes), 20, 7L, null);
  }

  @Test
  void everyTermOnTheSameWeekdayAndLondonTimeAcrossTheClockChanges() {
    // Tuesday 13 October 2026 16:00 BST; 13 weeks later 12 January 2027 16:00 GMT; then 13 April
    // 2027 16:00 BST again.
    List<SessionDetails> all = new SessionRepeat(3, 13).occurrences(at("2026-10-13T16:00", 90));
    assertEquals(3, all.size());
    for (SessionDetails d : all) {
      ZonedDateTime start = d.start().atZone(AcademicYear.ZONE);
      ZonedDateTime end = d.end().atZone(AcademicYear.ZONE);
      assertEquals(DayOfWeek.TUESDAY, start.getDayOfWeek());
      assertEquals(16, start.getHour());
      assertEquals(17, end.getHour());
      assertEquals(30, end.getMinute());
      assertEquals("Termly", d.title());
      assertEquals(7L, d.roomId());
      assertEquals(20, d.capacity());
    }
    assertEquals(
        LocalDateTime.parse("2027-01-12T16:00"),
        all.get(1).start().atZone(AcademicYear.ZONE).toLocalDateTime());
    assertEquals(
        LocalDateTime.parse("2027-04-13T16:00"),
        all.get(2).start().atZone(AcademicYear.ZONE).toLocalDateTime());
  }

  @Test
  void sixAtMostAndTwoAtLeast() {
    assertEquals(6, new SessionRepeat(6, 1).occurrences(at("2026-10-13T16:00", 60)).size());
    assertEquals(
        "error.networks.session.repeat.count",
        assertThrows(BusinessException.class, () -> new SessionRepeat(7, 13)).messageKey());
    assertEquals(
        "error.networks.session.repeat.count",
        assertThrows(BusinessException.class, () -> new SessionRepeat(1, 13)).messageKey());
  }

  @Test
  void aWeekToAYearBetweenSessions() {
    assertEquals(
        "error.networks.session.repeat.weeks",
        assertThrows(BusinessException.class, () -> new SessionRepeat(3, 0)).messageKey());
    assertEquals(
        "error.networks.session.repeat.weeks",
        assertThrows(BusinessException.class, () -> new SessionRepeat(3, 53)).messageKey());
  }
}
