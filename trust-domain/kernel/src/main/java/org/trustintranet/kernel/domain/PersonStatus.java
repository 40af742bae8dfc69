package org.trustintranet.kernel.domain;

/** A person is active, or has left the trust (kept, never deleted, so their work stays theirs). */
public enum PersonStatus {
  ACTIVE,
  LEFT
}
