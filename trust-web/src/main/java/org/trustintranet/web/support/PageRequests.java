package org.trustintranet.web.support;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.trustintranet.kernel.domain.PageRequest;

/** Turns what a PrimeFaces lazy table asks for into the services' {@link PageRequest}. */
public final class PageRequests {
  private PageRequests() {}

  public static PageRequest of(int first, int pageSize, Map<String, SortMeta> sortBy) {
    String field = null;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      field = sort.getField();
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    return new PageRequest(Math.max(0, first), limit, field, ascending);
  }
}
