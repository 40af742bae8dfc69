package org.trustintranet.resources.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A page of search results, the number of all results, and beside them each facet's values with
 * their counts (the count a value would give if it were chosen, the other filters kept): facet name
 * → value (an enum name, a school id, "true" for quality assured) → count.
 */
public record SearchResults(
    List<ResultView> results, long total, Map<String, Map<String, Long>> facets)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public SearchResults {
    results = List.copyOf(results);
    facets = Map.copyOf(facets);
  }
}
