package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.RegistrationState;

/**
 * Registering for programmes: a place if one is free, else the waiting list (a cancelled place goes
 * to the first waiting, told by mail); for a programme with a cost, first the approval of an admin
 * of the registrant's school, who sees a queue of their school's requests. Of two people taking the
 * last place at once, exactly one gets it and the other waits.
 */
public interface RegistrationService {
  String ALREADY = "error.learning.alreadyRegistered";

  /** Registers the asker, from their school; returns where they stand. */
  RegistrationState register(long programmeId);

  /** Cancels the asker's registration (a place goes to the first waiting). */
  void cancel(long programmeId);

  /** Requests awaiting approval from the schools the asker administers, oldest first. */
  List<RequestView> requests();

  /** Approves a request: a place or the waiting list. */
  RegistrationState approve(long registrationId);

  /** Declines a request with a reason. */
  void decline(long registrationId, @NotNull String reason);
}
