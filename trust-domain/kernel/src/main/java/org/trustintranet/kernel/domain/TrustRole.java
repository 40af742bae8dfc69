package org.trustintranet.kernel.domain;

/** Roles held across the whole trust, independent of any school. */
public enum TrustRole {
  TRUST_ADMIN,
  EDUCATION_OFFICER,
  NEWS_EDITOR
}
