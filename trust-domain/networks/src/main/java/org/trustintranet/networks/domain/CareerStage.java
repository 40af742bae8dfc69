package org.trustintranet.networks.domain;

/** Whom a programme is for: the career stages of a school's staff. */
public enum CareerStage {
  EARLY_CAREER_TEACHER,
  MENTOR,
  MIDDLE_LEADER,
  SENIOR_LEADER,
  HEADTEACHER,
  /** Teaching assistants and support staff. */
  SUPPORT_STAFF
}
