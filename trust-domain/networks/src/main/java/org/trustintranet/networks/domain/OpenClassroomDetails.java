package org.trustintranet.networks.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What an open classroom offers, checked: the day; a period label ("Period 3"), a start and an end
 * time, or both (the end after the start); the class or year group and the subject; a focus area of
 * the trust's list; a short description; and how many visitors may come (1 to {@value
 * #MOST_VISITORS}). Whether the day has passed is checked against today by {@link OpenClassroom}.
 */
public record OpenClassroomDetails(
    LocalDate day,
    LocalTime starts,
    LocalTime ends,
    String periodLabel,
    String classGroup,
    String subject,
    Long focusAreaId,
    String description,
    int visitorLimit) {
  public static final int PERIOD_LENGTH = 40;
  public static final int CLASS_LENGTH = 60;
  public static final int SUBJECT_LENGTH = 80;
  public static final int DESCRIPTION_LENGTH = 1000;
  public static final int MOST_VISITORS = 30;

  public OpenClassroomDetails {
    periodLabel = periodLabel == null ? "" : periodLabel.strip();
    classGroup = classGroup == null ? "" : classGroup.strip();
    subject = subject == null ? "" : subject.strip();
    description = description == null ? "" : description.strip();
    if (day == null) {
      throw new BusinessException("error.openClassroom.dateRequired");
    }
    if ((starts == null) != (ends == null)) {
      throw new BusinessException("error.openClassroom.bothTimes");
    }
    if (starts != null && !ends.isAfter(starts)) {
      throw new BusinessException("error.openClassroom.endBeforeStart");
    }
    if (starts == null && periodLabel.isEmpty()) {
      throw new BusinessException("error.openClassroom.whenRequired");
    }
    if (periodLabel.length() > PERIOD_LENGTH) {
      throw new BusinessException("error.openClassroom.periodTooLong", PERIOD_LENGTH);
    }
    if (classGroup.isEmpty()) {
      throw new BusinessException("error.openClassroom.classRequired");
    }
    if (classGroup.length() > CLASS_LENGTH) {
      throw new BusinessException("error.openClassroom.classTooLong", CLASS_LENGTH);
    }
    if (subject.isEmpty()) {
      throw new BusinessException("error.openClassroom.subjectRequired");
    }
    if (subject.length() > SUBJECT_LENGTH) {
      throw new BusinessException("error.openClassroom.subjectTooLong", SUBJECT_LENGTH);
    }
    if (focusAreaId == null) {
      throw new BusinessException("error.openClassroom.focusAreaRequired");
    }
    if (description.isEmpty()) {
      throw new BusinessException("error.openClassroom.descriptionRequired");
    }
    if (description.length() > DESCRIPTION_LENGTH) {
      throw new BusinessException("error.openClassroom.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    if (visitorLimit < 1 || visitorLimit > MOST_VISITORS) {
      throw new BusinessException("error.openClassroom.limit", MOST_VISITORS);
    }
  }
}
