package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.news.application.AuthorView;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.FeedSlice;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.web.support.IdPage;

/**
 * Backs news/author.xhtml ("About the author"): who the author is (name, job title, schools) and
 * their posts that the reader may read, which are the reader's feed narrowed to them, a page at a
 * time ("More news" adds the next). An id that names nobody (or is not a number) gets the page's
 * own "no such author" message; an author with nothing for this reader, "no posts for you".
 */
@Named
@ViewScoped
public class AuthorPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** Posts shown at first, and added by each "More news" (as on the home page). */
  static final int PAGE_SIZE = FeedPage.PAGE_SIZE;

  @Inject NewsService news;

  private AuthorView author;
  private final List<FeedItem> items = new ArrayList<>();
  private boolean more;

  public void load() {
    author = getId() == null ? null : news.author(getId()).orElse(null);
    items.clear();
    more = false;
    if (author != null) {
      fetch();
    }
  }

  /** Adds the next page of the author's posts. */
  public void more() {
    if (author != null && more) {
      fetch();
    }
  }

  private void fetch() {
    FeedSlice page =
        news.feed(
            FeedFilter.author(author.id()), new PageRequest(items.size(), PAGE_SIZE, null, false));
    items.addAll(page.rows());
    more = page.more();
  }

  /** The author, or null when the id names nobody. */
  public AuthorView getAuthor() {
    return author;
  }

  public List<FeedItem> getItems() {
    return items;
  }

  public boolean isMore() {
    return more;
  }
}
