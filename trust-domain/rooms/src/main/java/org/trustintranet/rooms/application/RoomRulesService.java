package org.trustintranet.rooms.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * When each room may be booked (its {@code RoomRules}): read by whoever may see the room, changed
 * by its managers. New rooms start with Monday to Friday 08:00-18:00, 15 minutes to 10 hours, up to
 * 90 days ahead; bookings already made are not touched by a change.
 */
public interface RoomRulesService {
  /** The room's rules, for whoever may book or manage it. */
  RoomRulesForm rules(long roomId);

  /** Saves new rules on the version of the room the manager loaded; fails if changed since. */
  void changeRules(long roomId, long loadedVersion, @NotNull @Valid RoomRulesForm form);
}
