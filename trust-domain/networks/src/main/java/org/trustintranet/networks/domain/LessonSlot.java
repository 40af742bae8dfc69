package org.trustintranet.networks.domain;

import java.time.LocalDate;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * The lesson two colleagues agree on for an observation: its day, the period or time ("Period 3",
 * "10:40") and which lesson it is ("Year 5 maths: equivalent fractions"). All three are needed.
 */
public record LessonSlot(LocalDate day, String time, String lesson) {
  public static final int TIME_LENGTH = 40;
  public static final int LESSON_LENGTH = 200;

  public LessonSlot {
    time = time == null ? "" : time.strip();
    lesson = lesson == null ? "" : lesson.strip();
  }

  /** Refuses a slot without a day, time or lesson, an over-long one, or a day before today. */
  public void check(LocalDate today) {
    if (day == null) {
      throw new BusinessException("error.observation.dateRequired");
    }
    if (day.isBefore(today)) {
      throw new BusinessException("error.observation.datePast");
    }
    if (time.isEmpty()) {
      throw new BusinessException("error.observation.timeRequired");
    }
    if (time.length() > TIME_LENGTH) {
      throw new BusinessException("error.observation.timeTooLong", TIME_LENGTH);
    }
    if (lesson.isEmpty()) {
      throw new BusinessException("error.observation.lessonRequired");
    }
    if (lesson.length() > LESSON_LENGTH) {
      throw new BusinessException("error.observation.lessonTooLong", LESSON_LENGTH);
    }
  }
}
