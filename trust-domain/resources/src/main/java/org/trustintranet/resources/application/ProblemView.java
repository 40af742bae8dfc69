package org.trustintranet.resources.application;

import java.io.Serializable;
import java.time.Instant;

/** A problem reported with a resource, as its owner and its school's admins see it. */
public record ProblemView(String message, String reporter, Instant reportedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
