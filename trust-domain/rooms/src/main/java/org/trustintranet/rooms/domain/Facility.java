package org.trustintranet.rooms.domain;

/** What a room has, beyond chairs and tables. */
public enum Facility {
  PROJECTOR,
  INTERACTIVE_BOARD,
  VIDEO_CONFERENCING,
  STEP_FREE_ACCESS,
  HEARING_LOOP,
  KITCHEN,
  PARKING
}
