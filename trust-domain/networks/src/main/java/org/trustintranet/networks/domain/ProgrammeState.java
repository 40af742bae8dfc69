package org.trustintranet.networks.domain;

/** A programme is drafted by its provider, published in the booklet, and may be withdrawn. */
public enum ProgrammeState {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
