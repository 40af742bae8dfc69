package org.trustintranet.rooms.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A school's named periods ("Period 1" 08:50-09:50, "Lunch" ...), kept once per school and offered
 * on its rooms' booking forms as a quicker way to choose a start and an end. In order of their
 * start; each has a name (unique in the school, ignoring case), ends after it starts, and overlaps
 * no other; at most {@link #MAX_PERIODS}. A school without periods books by clock times alone.
 */
public record Timetable(List<Period> periods) {
  /** The most periods a school has. */
  public static final int MAX_PERIODS = 12;

  /** The longest name of a period. */
  public static final int NAME_LENGTH = 40;

  /** A school without periods. */
  public static final Timetable NONE = new Timetable(List.of());

  /** One period of the school day, from {@code starts} to {@code ends} (after it, the same day). */
  public record Period(String name, LocalTime starts, LocalTime ends) {
    public Period {
      name = name == null ? "" : name.strip();
      if (name.isEmpty()) {
        throw new BusinessException("error.rooms.periods.nameRequired");
      }
      if (name.length() > NAME_LENGTH) {
        throw new BusinessException("error.rooms.periods.nameTooLong", NAME_LENGTH);
      }
      if (starts == null || ends == null) {
        throw new BusinessException("error.rooms.periods.timeRequired", name);
      }
      if (!ends.isAfter(starts)) {
        throw new BusinessException("error.rooms.periods.endNotAfterStart", name);
      }
    }

    boolean overlaps(Period other) {
      return starts.isBefore(other.ends) && other.starts.isBefore(ends);
    }
  }

  public Timetable {
    Objects.requireNonNull(periods, "periods");
    if (periods.size() > MAX_PERIODS) {
      throw new BusinessException("error.rooms.periods.tooMany", MAX_PERIODS);
    }
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::starts).thenComparing(Period::ends));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      Period p = sorted.get(i);
      if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
        throw new BusinessException("error.rooms.periods.duplicateName", p.name());
      }
      if (i > 0 && sorted.get(i - 1).overlaps(p)) {
        throw new BusinessException(
            "error.rooms.periods.overlap", sorted.get(i - 1).name(), p.name());
      }
    }
    periods = List.copyOf(sorted);
  }

  public boolean isEmpty() {
    return periods.isEmpty();
  }
}
