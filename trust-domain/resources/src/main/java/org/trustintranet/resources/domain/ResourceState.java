package org.trustintranet.resources.domain;

/**
 * A resource is in the library, or withdrawn: out of every search and link at once, kept {@link
 * Resource#RESTORE_DAYS} days in which it can be restored, then removed.
 */
public enum ResourceState {
  ACTIVE,
  WITHDRAWN
}
