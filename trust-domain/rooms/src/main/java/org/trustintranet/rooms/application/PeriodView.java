package org.trustintranet.rooms.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import org.trustintranet.rooms.domain.Timetable;

/**
 * One named period of a school's day, from {@code starts} to {@code ends}: as the service shows it,
 * and as a school's admin enters it (the rules are the domain's {@code Timetable}'s, each with its
 * own message).
 */
public record PeriodView(
    @Size(max = Timetable.NAME_LENGTH, message = "{rooms.periodName.tooLong}") String name,
    LocalTime starts,
    LocalTime ends)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
