package org.trustintranet.resources.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resource whose words match a search, with just what the filters, the facet counts and the
 * orders need: {@link SearchHits} works out the rest of the search from these in memory, so the
 * full-text index is asked once. {@code relevance} is the index's score (0 where it gives none).
 */
public record SearchHit(
    long id,
    Subject subject,
    KeyStage keyStage,
    ResourceType type,
    long schoolId,
    Licence licence,
    LocalDate assuredUntil,
    Instant createdAt,
    long downloads,
    double ratingScore,
    int ratingCount,
    double relevance) {

  /** Whether the quality badge still counts on {@code day}. */
  boolean assuredOn(LocalDate day) {
    return assuredUntil != null && !assuredUntil.isBefore(day);
  }
}
