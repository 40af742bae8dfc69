package org.trustintranet.networks.domain;

/** How far a coaching goal has got. */
public enum GoalStatus {
  NOT_STARTED,
  IN_PROGRESS,
  ACHIEVED,
  DROPPED
}
