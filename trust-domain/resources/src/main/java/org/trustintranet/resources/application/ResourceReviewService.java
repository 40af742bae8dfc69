package org.trustintranet.resources.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What people say of a resource: ratings with reviews (one each, editable, never the owner's own),
 * problem reports (to the owner and the school's admins, by mail and on the page), and the trust's
 * quality badge, given by an education officer against the checklist until a review date.
 */
public interface ResourceReviewService {
  /** Message key: every point of the checklist must hold. */
  String CHECKLIST = "error.resources.checklist";

  /** Message key: the review date must be after today and within two years. */
  String REVIEW_DATE = "error.resources.reviewDate";

  /** Rates (or re-rates) the resource, 1 to 5 stars, with an optional review. */
  void rate(long id, int stars, String review);

  /** Removes the caller's rating. */
  void unrate(long id);

  /** Reports a problem; mailed to the owner and the school's admins. */
  void report(long id, @NotNull String message);

  /** Marks the resource quality assured until {@code reviewBy}. */
  void assure(long id, @NotNull Checklist checklist, @NotNull LocalDate reviewBy);

  /** The trust's quality checklist, as the education officer ticked it. */
  record Checklist(
      boolean accurate,
      boolean complete,
      boolean adaptable,
      boolean accessible,
      boolean licenceClear)
      implements java.io.Serializable {
    public boolean allHold() {
      return accurate && complete && adaptable && accessible && licenceClear;
    }
  }
}
