package org.trustintranet.networks.domain;

/** A step in a case study's history: each transition of its workflow, and its writing. */
public enum CaseStudyStep {
  CREATED,
  SUBMITTED,
  RETURNED,
  APPROVED,
  PUBLISHED
}
