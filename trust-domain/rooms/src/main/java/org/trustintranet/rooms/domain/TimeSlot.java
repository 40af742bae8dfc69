package org.trustintranet.rooms.domain;

import java.time.Instant;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A stretch of time from {@code start} (inclusive) to {@code end} (exclusive). Slots that only
 * touch (one ends when the other starts) do not overlap.
 */
public record TimeSlot(Instant start, Instant end) {
  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new BusinessException("error.rooms.endNotAfterStart");
    }
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
