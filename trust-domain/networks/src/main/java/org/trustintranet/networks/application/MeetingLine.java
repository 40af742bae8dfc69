package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A coaching meeting: its day and who logged it; its agreed actions and notes only for the pair
 * (null for anyone else).
 */
public record MeetingLine(long id, LocalDate metOn, String loggedBy, String actions, String notes)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
