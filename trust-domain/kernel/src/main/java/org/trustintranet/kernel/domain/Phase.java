package org.trustintranet.kernel.domain;

/** The phase of education a school serves, as the DfE classifies it. */
public enum Phase {
  NURSERY,
  PRIMARY,
  SECONDARY,
  ALL_THROUGH,
  SPECIAL,
  ALTERNATIVE_PROVISION,
  POST_16
}
