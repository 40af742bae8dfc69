package org.trustintranet.rooms.domain;

/**
 * How a series repeats: DAILY on school days (Monday to Friday), WEEKLY, FORTNIGHTLY, or MONTHLY on
 * the same weekday of the month ("the second Tuesday"; a fifth weekday becomes the month's last).
 */
public enum Repeat {
  DAILY,
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY
}
