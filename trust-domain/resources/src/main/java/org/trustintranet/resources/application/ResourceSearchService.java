package org.trustintranet.resources.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The library's search: words in the title, description, tags and inside the files, through the
 * database's full-text index (operators taken literally); filters with their facet counts; four
 * orders. Finds only what the caller may see.
 */
public interface ResourceSearchService {
  /** The most results a page may ask for. */
  int MAX_PAGE = 50;

  /**
   * A page of results (at most {@link #MAX_PAGE}), their total and the facet counts.
   *
   * @throws org.trustintranet.kernel.domain.BusinessException {@code error.search.tooLong}
   */
  SearchResults search(@NotNull SearchCriteria criteria, int offset, int limit);

  /** The schools a reader can filter by (every school of the trust that is not archived). */
  List<SchoolOption> schools();
}
