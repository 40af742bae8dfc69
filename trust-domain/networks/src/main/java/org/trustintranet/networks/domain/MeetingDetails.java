package org.trustintranet.networks.domain;

import java.time.LocalDate;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A coaching meeting as the pair log it, checked: the day they met (required, not in the future,
 * within the pairing's academic year), the actions they agreed and their notes, each within its
 * length.
 */
public record MeetingDetails(LocalDate metOn, String actions, String notes) {
  public static final int ACTIONS_LENGTH = 2000;
  public static final int NOTES_LENGTH = 6000;

  public MeetingDetails {
    if (metOn == null) {
      throw new BusinessException("error.coaching.dateRequired");
    }
    actions = actions == null ? "" : actions.strip();
    notes = notes == null ? "" : notes.strip();
    if (actions.length() > ACTIONS_LENGTH) {
      throw new BusinessException("error.coaching.actionsTooLong", ACTIONS_LENGTH);
    }
    if (notes.length() > NOTES_LENGTH) {
      throw new BusinessException("error.coaching.notesTooLong", NOTES_LENGTH);
    }
  }

  /** Refuses a day after today, or one outside the academic year that ends on {@code yearEnds}. */
  public void checkDay(LocalDate today, LocalDate yearEnds) {
    if (metOn.isAfter(today)) {
      throw new BusinessException("error.coaching.dateInFuture");
    }
    if (metOn.isAfter(yearEnds) || !metOn.isAfter(yearEnds.minusYears(1))) {
      throw new BusinessException("error.coaching.dateOutsideYear");
    }
  }
}
