package org.trustintranet.resources.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustintranet.resources.domain.ResourceMetadata;

/**
 * A resource's page: its metadata, school and owner (by name; a leaver's name stays), its versions
 * newest first, downloads, ratings (the reader's own apart, to edit), problems reported (to those
 * who may change it only), the quality badge while it holds, and what the reader may do.
 */
public record ResourceDetail(
    long id,
    ResourceMetadata metadata,
    long schoolId,
    String schoolName,
    String ownerName,
    boolean withdrawn,
    int currentVersion,
    List<VersionView> versions,
    long downloads,
    double ratingScore,
    int ratingCount,
    List<RatingView> ratings,
    RatingView myRating,
    List<ProblemView> problems,
    LocalDate assuredUntil,
    String assuredBy,
    Instant createdAt,
    Instant updatedAt,
    boolean mayChange,
    boolean mayRate,
    boolean mayAssure)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ResourceDetail {
    versions = List.copyOf(versions);
    ratings = List.copyOf(ratings);
    problems = List.copyOf(problems);
  }

  /** True when the quality badge holds today (assuredUntil is only given while it does). */
  public boolean isAssured() {
    return assuredUntil != null;
  }

  public VersionView current() {
    return versions.stream().filter(v -> v.number() == currentVersion).findFirst().orElse(null);
  }
}
