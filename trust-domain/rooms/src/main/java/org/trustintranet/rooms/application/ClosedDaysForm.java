package org.trustintranet.rooms.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.trustintranet.rooms.domain.ClosedDay;

/** Closes a school from {@code from} to {@code to} (both inclusive) for a reason. */
public record ClosedDaysForm(
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @NotNull @Size(max = ClosedDay.REASON_LENGTH) String reason)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
