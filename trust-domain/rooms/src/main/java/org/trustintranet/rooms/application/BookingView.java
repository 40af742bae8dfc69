package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A booking as the screens show it. For someone who may not see its details ({@code busy}), only
 * the room and the times are filled in: title, purpose, attendees and organiser are null, and the
 * screens say "Busy". The status is CONFIRMED, PENDING, DECLINED or CANCELLED. {@code seriesId}
 * names the series the booking is an occurrence of (null for a one-off booking, and when busy);
 * {@code linkLabel} and {@code linkPath} what it was made for (a network's session, a path inside
 * the intranet), null when nothing or when busy.
 */
public record BookingView(
    long id,
    long roomId,
    String roomName,
    String schoolName,
    Instant start,
    Instant end,
    boolean busy,
    String title,
    String purpose,
    Integer attendees,
    String organiserName,
    String status,
    boolean mayCancel,
    Long seriesId,
    String linkLabel,
    String linkPath)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean inSeries() {
    return seriesId != null;
  }

  public boolean linked() {
    return linkPath != null;
  }

  public boolean pending() {
    return "PENDING".equals(status);
  }
}
