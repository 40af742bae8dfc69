package org.trustintranet.resources.domain;

/**
 * Under which terms others may reuse a resource: within the trust only, the Open Government
 * Licence, Creative Commons (attribution, share-alike, non-commercial), or all rights reserved.
 */
public enum Licence {
  TRUST_INTERNAL,
  OGL,
  CC_BY,
  CC_BY_SA,
  CC_BY_NC,
  ALL_RIGHTS_RESERVED
}
