package org.trustintranet.news.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

/** How often a person gets the news digest by mail: never, every morning, or on Mondays. */
public enum DigestFrequency {
  NONE(Duration.ZERO),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  private final Duration period;

  DigestFrequency(Duration period) {
    this.period = period;
  }

  /** The span of news one digest normally covers. */
  public Duration period() {
    return period;
  }

  /** Whether a digest of this frequency goes out on {@code day} (trust time). */
  public boolean sendsOn(LocalDate day) {
    return switch (this) {
      case NONE -> false;
      case DAILY -> true;
      case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY;
    };
  }
}
