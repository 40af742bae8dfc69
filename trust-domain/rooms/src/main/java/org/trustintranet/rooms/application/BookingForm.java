package org.trustintranet.rooms.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.trustintranet.rooms.domain.Booking;

/**
 * A one-off booking as its organiser asks for it. The booking rules (end after start, a title,
 * attendees from 1 to the room's capacity, no clash) are the domain's {@code BookingRules}, each
 * with its own message.
 */
public record BookingForm(
    @NotNull Instant start,
    @NotNull Instant end,
    @Size(max = Booking.TITLE_LENGTH) String title,
    @Size(max = Booking.PURPOSE_LENGTH) String purpose,
    int attendees)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
