package org.trustintranet.networks.application;

/** Where the person asking stands with a network, as the screens show it. */
public enum Standing {
  NONE,
  MEMBER,
  LEAD,
  REQUESTED,
  INVITED,
  /** Was a member of a cohort whose academic year has ended, and has not renewed. */
  LAPSED
}
