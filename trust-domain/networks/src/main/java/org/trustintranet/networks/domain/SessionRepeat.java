package org.trustintranet.networks.domain;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A session repeated each term: {@code sessions} sessions in all (the first included, 2 to {@value
 * #MOST_SESSIONS}), every {@code everyWeeks} weeks (1 to {@value #MOST_WEEKS}; about a term is
 * {@value #A_TERM}), on the same weekday at the same London time, whatever the clocks do between.
 */
public record SessionRepeat(int sessions, int everyWeeks) {
  public static final int MOST_SESSIONS = 6;
  public static final int MOST_WEEKS = 52;
  public static final int A_TERM = 13;

  public SessionRepeat {
    if (sessions < 2 || sessions > MOST_SESSIONS) {
      throw new BusinessException("error.networks.session.repeat.count", MOST_SESSIONS);
    }
    if (everyWeeks < 1 || everyWeeks > MOST_WEEKS) {
      throw new BusinessException("error.networks.session.repeat.weeks", MOST_WEEKS);
    }
  }

  /** The sessions, the first as given and each next {@code everyWeeks} weeks later. */
  public List<SessionDetails> occurrences(SessionDetails first) {
    ZonedDateTime start = first.start().atZone(AcademicYear.ZONE);
    Duration length = Duration.between(first.start(), first.end());
    List<SessionDetails> all = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      ZonedDateTime from = start.plusWeeks((long) i * everyWeeks);
      ZonedDateTime to = from.toLocalDateTime().plus(length).atZone(AcademicYear.ZONE);
      all.add(
          new SessionDetails(
              first.title(),
              first.agenda(),
              from.toInstant(),
              to.toInstant(),
              first.capacity(),
              first.roomId(),
              first.onlineLink()));
    }
    return List.copyOf(all);
  }
}
