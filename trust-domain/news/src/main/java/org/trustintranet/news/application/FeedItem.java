package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A post as the feed lists it: enough to choose whether to open it, and its tags; its author with
 * their job title and schools ({@code authorSchools}: their names, comma-separated).
 */
public record FeedItem(
    long id,
    String title,
    String summary,
    long authorId,
    String authorName,
    String authorJobTitle,
    Instant publishedAt,
    boolean pinned,
    boolean mustRead,
    boolean unread,
    List<String> tags,
    String authorSchools)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public FeedItem {
    tags = List.copyOf(tags);
  }
}
