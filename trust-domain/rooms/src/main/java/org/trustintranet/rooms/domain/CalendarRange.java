package org.trustintranet.rooms.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * The stretch of time a calendar shows, from {@code from} (inclusive) to {@code to} (exclusive): a
 * day, a week or a month view's six weeks. Longer ranges are refused ({@code
 * error.rooms.rangeTooLong}), so that no request reads a year of bookings.
 */
public record CalendarRange(Instant from, Instant to) {
  /** Six weeks, and a day to spare for a clock change and a view that starts mid-day. */
  public static final Duration LONGEST = Duration.ofDays(43);

  public CalendarRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new BusinessException("error.rooms.endNotAfterStart");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw new BusinessException("error.rooms.rangeTooLong");
    }
  }
}
