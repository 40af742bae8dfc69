package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.FeedSlice;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs the feed on the home page (index.xhtml): the posts aimed at the signed-in person, pinned
 * first, newest first, a page at a time ("More news" adds the next page), optionally narrowed to
 * one of their schools, one tag or one author by the page's query parameters ({@code ?school=},
 * {@code ?tag=}, {@code ?author=}), so that a filtered feed is a link. A junk id matches nothing.
 */
@Named
@ViewScoped
public class FeedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Posts shown at first, and added by each "More news". */
  static final int PAGE_SIZE = 10;

  /** The id given for a junk one: no school or person has it, so the filter matches nothing. */
  private static final long NO_ONE = -1;

  @Inject NewsService news;

  private final List<FeedItem> items = new ArrayList<>();
  private boolean more;
  private boolean loaded;
  private Boolean mayWrite;
  private String school;
  private String tag;
  private String author;

  public List<FeedItem> getItems() {
    if (!loaded) {
      fetch();
    }
    return items;
  }

  /** Adds the next page of posts. */
  public void more() {
    getItems();
    if (more) {
      fetch();
    }
  }

  private void fetch() {
    FeedSlice page = news.feed(filter(), new PageRequest(items.size(), PAGE_SIZE, null, false));
    items.addAll(page.rows());
    more = page.more();
    loaded = true;
  }

  private FeedFilter filter() {
    return new FeedFilter(id(school), blankToNull(tag), id(author));
  }

  private static Long id(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Long id = ViewParams.parseId(text);
    return id == null ? NO_ONE : id;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public boolean isMore() {
    getItems();
    return more;
  }

  /** True when the feed is narrowed by a query parameter. */
  public boolean isFiltered() {
    return filter().any();
  }

  /** The school filtered by, as an id (null when none, or a junk one). */
  public Long getSchoolId() {
    Long id = id(school);
    return id == null || id == NO_ONE ? null : id;
  }

  /** The author filtered by: their name as the feed shows it, once a post of theirs is listed. */
  public String getAuthorName() {
    return getItems().isEmpty() ? "" : items.get(0).authorName();
  }

  /** Whether to offer "Write a post": the service says where this person may publish. */
  public boolean isMayWrite() {
    if (mayWrite == null) {
      mayWrite = news.publishingScope().mayPublish();
    }
    return mayWrite;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }
}
