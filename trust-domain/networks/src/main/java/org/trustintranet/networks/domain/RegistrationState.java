package org.trustintranet.networks.domain;

/**
 * Where a registration for a programme stands: awaiting the approval of an admin of the
 * registrant's school (a programme with a cost), a place, the waiting list, declined by that admin,
 * or cancelled by the registrant.
 */
public enum RegistrationState {
  REQUESTED,
  PLACE,
  WAITING,
  DECLINED,
  CANCELLED;

  /** Whether the registration still counts (requested, a place or waiting). */
  public boolean isLive() {
    return this == REQUESTED || this == PLACE || this == WAITING;
  }
}
