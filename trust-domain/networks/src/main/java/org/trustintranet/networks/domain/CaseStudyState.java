package org.trustintranet.networks.domain;

/**
 * Where a case study stands: a school's draft, submitted for review, returned with comments (and
 * editable again), approved by an education officer, and published in the trust's library.
 */
public enum CaseStudyState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED,
  PUBLISHED;

  /** The school's authors and admins may change it: a draft, or returned with comments. */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }
}
