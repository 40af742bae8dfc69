package org.trustintranet.resources.domain;

/** Who sees a resource: the staff of its school only, or all the trust's staff. */
public enum Visibility {
  SCHOOL,
  TRUST
}
