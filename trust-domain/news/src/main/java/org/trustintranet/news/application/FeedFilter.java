package org.trustintranet.news.application;

import java.io.Serializable;

/**
 * What a reader narrows their feed to, as the home page's query parameters give it: the posts aimed
 * at one of their schools, with one tag, by one author. Each may be null; none narrows nothing. A
 * filter never widens what the reader may read: a school they do not belong to shows nothing.
 */
public record FeedFilter(Long schoolId, String tag, Long authorId) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final FeedFilter NONE = new FeedFilter(null, null, null);

  public static FeedFilter tag(String tag) {
    return new FeedFilter(null, tag, null);
  }

  public static FeedFilter school(long schoolId) {
    return new FeedFilter(schoolId, null, null);
  }

  public static FeedFilter author(long authorId) {
    return new FeedFilter(null, null, authorId);
  }

  public boolean any() {
    return schoolId != null || (tag != null && !tag.isBlank()) || authorId != null;
  }
}
