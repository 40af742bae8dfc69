package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One reader of a must-read at one school of its audience, and when they acknowledged it (null: not
 * yet). A person on the staff of two schools of the audience is listed at each.
 */
public record ReaderAcknowledgement(
    long schoolId,
    String schoolName,
    long personId,
    String name,
    String jobTitle,
    Instant acknowledgedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }
}
