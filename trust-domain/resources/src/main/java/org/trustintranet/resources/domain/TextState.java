package org.trustintranet.resources.domain;

/**
 * Where the reading of the words inside a version's file stands: waiting for the background job,
 * read, failed (malformed, hostile, too slow or too big: the file stays downloadable, unsearched by
 * its inner words), or nothing to read (a link).
 */
public enum TextState {
  PENDING,
  DONE,
  FAILED,
  NONE
}
