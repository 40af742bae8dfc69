package org.trustintranet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows instants in the trust's time zone (Europe/London, whatever the server's), in the page's
 * language: "23 Nov 2026" or "23 Tach 2026", "Monday 23 November 2026" or "Dydd Llun 23 Tachwedd
 * 2026".
 */
@Named
@ApplicationScoped
public class Dates {
  /** The trust's clock: every time a person reads is in UK time. */
  public static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  private static final String DATE = "d MMM yyyy";
  private static final String DATE_TIME = "d MMM yyyy, HH:mm:ss";
  private static final String FULL_DATE = "EEEE d MMMM yyyy";

  /** Formatters by pattern and language: a handful of patterns, two languages. */
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  @Inject Clock clock;

  public String date(Instant instant) {
    return date(instant, pageLocale());
  }

  public String dateTime(Instant instant) {
    return dateTime(instant, pageLocale());
  }

  /** The day of {@code instant} with its weekday and month in full. */
  public String fullDate(Instant instant) {
    return fullDate(instant, pageLocale());
  }

  /** The time of day of {@code instant}, "14:30". */
  public String time(Instant instant) {
    return format("HH:mm", instant, pageLocale());
  }

  /** A calendar day, "23 Nov 2026" (empty for none). */
  public String day(java.time.LocalDate day) {
    return day == null ? "" : formatter(DATE, pageLocale()).format(day);
  }

  /** Today, with its weekday and month in full. */
  public String today() {
    return fullDate(clock.instant());
  }

  static String date(Instant instant, Locale locale) {
    return format(DATE, instant, locale);
  }

  static String dateTime(Instant instant, Locale locale) {
    return format(DATE_TIME, instant, locale);
  }

  static String fullDate(Instant instant, Locale locale) {
    return format(FULL_DATE, instant, locale);
  }

  private static String format(String pattern, Instant instant, Locale locale) {
    return instant == null ? "" : formatter(pattern, locale).format(instant);
  }

  /**
   * The pattern's formatter in that language and the trust's zone (which a calendar day, having no
   * instant, does not use), made once: a page lists dozens of dates, and parsing the same pattern
   * again for each is wasted work (formatters are immutable and thread-safe).
   */
  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return FORMATTERS.computeIfAbsent(
        pattern + '|' + locale.toLanguageTag(),
        key -> DateTimeFormatter.ofPattern(pattern, locale).withZone(TRUST_ZONE));
  }

  private static Locale pageLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.UK
        : faces.getViewRoot().getLocale();
  }
}
