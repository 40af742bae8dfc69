package org.trustintranet.resources.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A version of a resource as its page lists it: number, file name, type and size (all null for a
 * link), change note, who made it and when, whether its words are indexed, and whether it has a
 * thumbnail.
 */
public record VersionView(
    int number,
    String fileName,
    String mediaType,
    Long size,
    String changeNote,
    String author,
    Instant createdAt,
    String textState,
    boolean thumbnail)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean isFile() {
    return fileName != null;
  }
}
