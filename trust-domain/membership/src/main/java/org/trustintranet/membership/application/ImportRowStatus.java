package org.trustintranet.membership.application;

/** What the staff import will do with a row of the file. */
public enum ImportRowStatus {
  /** Nobody has this email yet: a new person joins the school. */
  NEW,
  /** Someone has this email, and their name, job title, membership or role here will change. */
  CHANGED,
  /** Someone has this email and already matches the row. */
  UNCHANGED,
  /** The row is wrong and is skipped; the error key and its arguments say why. */
  ERROR
}
