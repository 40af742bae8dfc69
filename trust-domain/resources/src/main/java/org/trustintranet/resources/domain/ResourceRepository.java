package org.trustintranet.resources.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resource library's store: resources with their versions, ratings, reports and uploads. */
public interface ResourceRepository {
  Resource add(Resource resource);

  Optional<Resource> find(long id);

  /** The resource, its row locked until the transaction ends (versions, ratings). */
  Optional<Resource> lock(long id);

  ResourceVersion addVersion(ResourceVersion version);

  /** Every version of a resource, newest first. */
  List<ResourceVersion> versions(long resourceId);

  Optional<ResourceVersion> version(long resourceId, int number);

  Optional<ResourceVersion> versionById(long versionId);

  /** The words a resource is found by, replacing those it had. */
  void index(long resourceId, String searchText);

  /** One more download, without touching the resource's version (no clash with an edit). */
  void countDownload(long resourceId);

  Optional<Rating> rating(long resourceId, long personId);

  void addRating(Rating rating);

  void removeRating(Rating rating);

  /** The count and sum of a resource's ratings: {count, total}. */
  int[] ratingTotals(long resourceId);

  /** A resource's ratings, newest first. */
  List<Rating> ratings(long resourceId, int limit);

  void addReport(ProblemReport report);

  List<ProblemReport> reports(long resourceId);

  StagedUpload addStaged(StagedUpload upload);

  Optional<StagedUpload> staged(long id);

  void removeStaged(StagedUpload upload);

  /** Uploads staged before {@code cutoff}: left behind. */
  List<StagedUpload> stagedBefore(Instant cutoff, int limit);

  /** True when a version or a staged upload still uses these bytes. */
  boolean contentInUse(String contentId);

  /** The ids of versions whose words are still to be read, oldest first. */
  List<Long> pendingText(Instant createdBefore, int limit);

  /** Resources withdrawn before {@code cutoff}: due to be removed. */
  List<Resource> withdrawnBefore(Instant cutoff, int limit);

  /** Removes a resource with its versions, words, ratings and reports. */
  void remove(Resource resource);

  /** The resources a person shared, withdrawn ones included, newest first. */
  List<ResourceRow> ownedBy(long personId, int limit);

  /** A page of the search's results. */
  List<ResourceRow> search(ResourceQuery query, int offset, int limit);

  /**
   * The resources the query's words find in the reader's scope, before its filters, or nothing when
   * they are more than {@code limit}: one use of the full-text index for a whole search.
   */
  Optional<List<SearchHit>> hits(ResourceQuery query, int limit);

  /** How many results the search has in all. */
  long count(ResourceQuery query);

  /**
   * Each value of {@code facet} among the results of the query without that facet's own filter,
   * with its count: one grouped query per facet, never one per value.
   */
  Map<String, Long> facet(ResourceQuery query, ResourceQuery.Facet facet);

  void flush();

  /** Rows by id, for names and the like. */
  List<ResourceRow> rows(Collection<Long> ids);
}
