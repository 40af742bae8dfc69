package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in the page's language, always in Europe/London (Java's CLDR data has Welsh). */
class DatesTest {
  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Instant MONDAY_AFTERNOON = Instant.parse("2026-11-23T14:05:09Z");

  @Test
  void welshHasItsOwnDayAndMonthNames() {
    assertEquals("Dydd Llun 23 Tachwedd 2026", Dates.fullDate(MONDAY_AFTERNOON, WELSH));
    assertEquals("23 Tach 2026", Dates.date(MONDAY_AFTERNOON, WELSH));
    assertEquals("23 Tach 2026, 14:05:09", Dates.dateTime(MONDAY_AFTERNOON, WELSH));
    assertEquals(
        "Dydd Sadwrn 1 Awst 2026", Dates.fullDate(Instant.parse("2026-08-01T09:00:00Z"), WELSH));
  }

  @Test
  void englishIsAsBritishSchoolsWriteIt() {
    assertEquals("Monday 23 November 2026", Dates.fullDate(MONDAY_AFTERNOON, Locale.UK));
    assertEquals("23 Nov 2026", Dates.date(MONDAY_AFTERNOON, Locale.UK));
    assertEquals("23 Nov 2026, 14:05:09", Dates.dateTime(MONDAY_AFTERNOON, Locale.UK));
  }

  @Test
  void timesAreLondonsWhateverTheLanguageAndTheServersZone() {
    Instant lateInJuly = Instant.parse("2026-07-31T23:30:00Z"); // 00:30 on 1 August in BST
    assertEquals("1 Awst 2026, 00:30:00", Dates.dateTime(lateInJuly, WELSH));
    assertEquals("1 Aug 2026, 00:30:00", Dates.dateTime(lateInJuly, Locale.UK));
    assertEquals("", Dates.date(null, WELSH));
  }
}
