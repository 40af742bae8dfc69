package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.time.Instant;

/** A PENDING booking as its room's managers see it in their queue of requests. */
public record BookingRequestView(
    long id,
    long roomId,
    String roomName,
    String schoolName,
    Instant start,
    Instant end,
    String title,
    String purpose,
    int attendees,
    String organiserName,
    Instant requestedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
