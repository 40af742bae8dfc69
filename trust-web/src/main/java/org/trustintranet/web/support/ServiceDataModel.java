package org.trustintranet.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trustintranet.kernel.domain.PageRequest;

/**
 * A lazy table whose rows come from a service, one count query and one page query per request:
 * sorting and paging happen in the database, never over a list in memory.
 */
public class ServiceDataModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Counts the rows that the current filter matches. */
  public interface Counter extends Serializable {
    long count();
  }

  /** Loads one page of rows for the current filter. */
  public interface Loader<T> extends Serializable {
    List<T> load(PageRequest page);
  }

  /** Names a row, so that selections survive paging. */
  public interface Keyer<T> extends Serializable {
    String key(T row);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final Keyer<T> keyer;

  public ServiceDataModel(Counter counter, Loader<T> loader, Keyer<T> keyer) {
    this.counter = counter;
    this.loader = loader;
    this.keyer = keyer;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(PageRequests.of(first, pageSize, sortBy));
  }

  @Override
  public String getRowKey(T row) {
    return keyer.key(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(r -> keyer.key(r).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
