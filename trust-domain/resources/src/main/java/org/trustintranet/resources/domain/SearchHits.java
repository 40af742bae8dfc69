package org.trustintranet.resources.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources a search's words found, before its filters: from them, in memory, the results'
 * total, each facet's counts (over the results without that facet's own filter, as {@link
 * ResourceQuery#without} says) and the ids of a page in the search's order. The full-text index is
 * then asked once per search, where counting in SQL asked it once for the results, once for their
 * total and once per facet. The hits must already be in the reader's scope and in the library (the
 * repository's query sees to that); {@link #LIMIT} bounds how many are worth holding.
 */
public final class SearchHits {
  /** The most hits worked out in memory; a search finding more counts in SQL instead. */
  public static final int LIMIT = 5_000;

  private static final Comparator<SearchHit> NEWEST =
      Comparator.comparing(SearchHit::createdAt).thenComparingLong(SearchHit::id).reversed();

  private final List<SearchHit> hits;

  public SearchHits(List<SearchHit> hits) {
    this.hits = List.copyOf(hits);
  }

  /** How many resources the search finds with all its filters. */
  public long total(ResourceQuery query) {
    return hits.stream().filter(h -> matches(h, query)).count();
  }

  /**
   * Each value of {@code facet} among the hits that pass every filter but that facet's own, with
   * its count, the commonest first (ties in the order of the values' names); keyed as the search
   * page reads them: an enum's name, a school's id, and "true" for the quality badge (absent when
   * no hit has it).
   */
  public Map<String, Long> facet(ResourceQuery query, ResourceQuery.Facet facet) {
    ResourceQuery others = query.without(facet);
    Map<String, Long> counts = new HashMap<>();
    for (SearchHit hit : hits) {
      if (matches(hit, others)) {
        String key = key(hit, facet, query);
        if (key != null) {
          counts.merge(key, 1L, Long::sum);
        }
      }
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** The ids of the results from {@code offset}, at most {@code limit}, in the search's order. */
  public List<Long> page(ResourceQuery query, int offset, int limit) {
    return hits.stream()
        .filter(h -> matches(h, query))
        .sorted(order(query.sort()))
        .skip(Math.max(0, offset))
        .limit(Math.max(0, limit))
        .map(SearchHit::id)
        .toList();
  }

  /** Whether a hit passes the query's filters (its words and scope are the repository's). */
  static boolean matches(SearchHit hit, ResourceQuery q) {
    return (q.subject() == null || q.subject() == hit.subject())
        && (q.keyStage() == null || q.keyStage() == hit.keyStage())
        && (q.type() == null || q.type() == hit.type())
        && (q.schoolId() == null || q.schoolId() == hit.schoolId())
        && (q.licence() == null || q.licence() == hit.licence())
        && (!q.assuredOnly() || hit.assuredOn(q.assuredOn()));
  }

  private static String key(SearchHit hit, ResourceQuery.Facet facet, ResourceQuery query) {
    return switch (facet) {
      case SUBJECT -> hit.subject().name();
      case KEY_STAGE -> hit.keyStage().name();
      case TYPE -> hit.type().name();
      case SCHOOL -> Long.toString(hit.schoolId());
      case LICENCE -> hit.licence().name();
      case ASSURED -> hit.assuredOn(query.assuredOn()) ? "true" : null;
    };
  }

  private static Comparator<SearchHit> order(ResourceQuery.Sort sort) {
    return switch (sort) {
      case RELEVANCE ->
          Comparator.comparingDouble(SearchHit::relevance).reversed().thenComparing(NEWEST);
      case NEWEST -> NEWEST;
      case MOST_DOWNLOADED ->
          Comparator.comparingLong(SearchHit::downloads)
              .reversed()
              .thenComparing(Comparator.comparingLong(SearchHit::id).reversed());
      case BEST_RATED ->
          Comparator.comparingDouble(SearchHit::ratingScore)
              .thenComparingInt(SearchHit::ratingCount)
              .reversed()
              .thenComparing(Comparator.comparingLong(SearchHit::id).reversed());
    };
  }
}
