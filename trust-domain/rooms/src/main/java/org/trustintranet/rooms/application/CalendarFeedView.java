package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The current user's calendar feed address as "My bookings" shows it: whether there is one and when
 * it was made. The token itself is never shown again after it is made (only its hash is kept).
 */
public record CalendarFeedView(boolean exists, Instant createdAt) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final CalendarFeedView NONE = new CalendarFeedView(false, null);
}
