package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.FeedSlice;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.web.support.Feedback;

/**
 * Backs the news search (news/search.xhtml?q=…): the posts the signed-in person may read that hold
 * the words typed, best matches first, a page at a time ("More results" adds the next). The query
 * is a GET parameter, so a search is a link; what it means (words only, no operators) is the news
 * service's rule. A query the service refuses (too long) is told at the search box.
 */
@Named
@ViewScoped
public class NewsSearchPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Results shown at first, and added by each "More results". */
  static final int PAGE_SIZE = 10;

  @Inject NewsService news;
  @Inject Feedback feedback;

  private final List<FeedItem> items = new ArrayList<>();
  private boolean more;
  private boolean loaded;
  private String q;
  private String error;

  public List<FeedItem> getItems() {
    if (!loaded) {
      fetch();
    }
    return items;
  }

  /** Adds the next page of results. */
  public void more() {
    getItems();
    if (more) {
      fetch();
    }
  }

  private void fetch() {
    loaded = true;
    if (!isSearched()) {
      return;
    }
    try {
      FeedSlice page = news.search(q, new PageRequest(items.size(), PAGE_SIZE, null, false));
      items.addAll(page.rows());
      more = page.more();
    } catch (RuntimeException e) {
      BusinessException refused = businessCause(e);
      if (refused == null) {
        throw e;
      }
      error = feedback.text(refused.messageKey(), refused.arguments());
    }
  }

  private static BusinessException businessCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return b;
      }
    }
    return null;
  }

  /** True once something was typed: the page then shows results (or says there are none). */
  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public boolean isMore() {
    getItems();
    return more;
  }

  /** Why the query was refused, at the search box; null when it was not. */
  public String getError() {
    getItems();
    return error;
  }

  /** What the page says about its results, for the status line that screen readers announce. */
  public String getSummary() {
    getItems();
    if (!isSearched() || error != null) {
      return "";
    }
    if (items.isEmpty()) {
      return feedback.text("news.search.none");
    }
    if (more) {
      return feedback.text("news.search.countMore", items.size());
    }
    return items.size() == 1
        ? feedback.text("news.search.countOne")
        : feedback.text("news.search.count", items.size());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
