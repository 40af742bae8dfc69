package org.trustintranet.resources.application;

import java.io.Serializable;
import java.time.Instant;

/** A rating as the resource page shows it: stars, review, by whom, when. */
public record RatingView(int stars, String review, String author, Instant ratedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
