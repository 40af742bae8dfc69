package org.trustintranet.networks.domain;

/** Where a peer observation stands. */
public enum ObservationState {
  /** Asked; the invitee has not answered yet. */
  INVITED,
  /** The invitee said yes; no day agreed yet. */
  ACCEPTED,
  /** The invitee said no, perhaps with a reason. */
  DECLINED,
  /** A day, a period or time and a lesson are agreed. */
  SCHEDULED,
  /** The lesson's day has come and one of the two recorded feedback or marked it done. */
  COMPLETED,
  /** Called off by one of the two before it was completed. */
  CANCELLED;

  /** Still going somewhere: invited, accepted or scheduled. */
  public boolean isOpen() {
    return this == INVITED || this == ACCEPTED || this == SCHEDULED;
  }
}
