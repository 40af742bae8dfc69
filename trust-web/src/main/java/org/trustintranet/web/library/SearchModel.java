package org.trustintranet.web.library;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trustintranet.resources.application.ResourceSearchService;
import org.trustintranet.resources.application.ResultView;
import org.trustintranet.resources.application.SearchResults;

/**
 * The library's results, a page at a time: one search of the service per page gives its rows, the
 * number of all results and the facet counts together, so the table's count and the filters' counts
 * reuse the page's search instead of asking again.
 */
public class SearchModel extends LazyDataModel<ResultView> {
  private static final long serialVersionUID = 1L;

  /** Runs the search for a page of results. */
  public interface Searcher extends Serializable {
    SearchResults search(int offset, int limit);
  }

  private final Searcher searcher;
  private SearchResults last;
  private int lastFirst = -1;
  private int lastSize = -1;

  SearchModel(Searcher searcher) {
    this.searcher = searcher;
  }

  /** The results of a page (asked once per page; the service keeps pages within its maximum). */
  SearchResults page(int first, int size) {
    int limit = Math.max(1, Math.min(size, ResourceSearchService.MAX_PAGE));
    int offset = Math.max(0, first);
    if (last == null || offset != lastFirst || limit != lastSize) {
      last = searcher.search(offset, limit);
      lastFirst = offset;
      lastSize = limit;
      setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
    }
    return last;
  }

  /** The last search's results, or null before any. */
  SearchResults last() {
    return last;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(Integer.MAX_VALUE, page(lastFirst < 0 ? 0 : lastFirst, pageSize()).total());
  }

  private int pageSize() {
    return lastSize < 0 ? LibraryPage.PAGE : lastSize;
  }

  @Override
  public List<ResultView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page(first, pageSize).results();
  }

  @Override
  public String getRowKey(ResultView row) {
    return String.valueOf(row.row().id());
  }

  @Override
  public ResultView getRowData(String rowKey) {
    return last == null
        ? null
        : last.results().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
