package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.Page;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.NewsService;

/**
 * Backs the feed on the home page (index.xhtml): the posts aimed at the signed-in person, pinned
 * first, newest first, a page at a time ("More news" adds the next page).
 */
@Named
@ViewScoped
public class FeedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Posts shown at first, and added by each "More news". */
  static final int PAGE_SIZE = 10;

  @Inject NewsService news;

  private final List<FeedItem> items = new ArrayList<>();
  private long total;
  private boolean loaded;
  private Boolean mayWrite;

  public List<FeedItem> getItems() {
    if (!loaded) {
      fetch();
    }
    return items;
  }

  /** Adds the next page of posts. */
  public void more() {
    getItems();
    if (items.size() < total) {
      fetch();
    }
  }

  private void fetch() {
    Page<FeedItem> page = news.feed(new PageRequest(items.size(), PAGE_SIZE, null, false));
    items.addAll(page.rows());
    total = page.total();
    loaded = true;
  }

  public boolean isMore() {
    getItems();
    return items.size() < total;
  }

  /** Whether to offer "Write a post": the service says where this person may publish. */
  public boolean isMayWrite() {
    if (mayWrite == null) {
      mayWrite = news.publishingScope().mayPublish();
    }
    return mayWrite;
  }
}
