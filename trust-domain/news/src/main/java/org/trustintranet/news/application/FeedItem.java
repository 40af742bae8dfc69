package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;

/** A post as the feed lists it: enough to choose whether to open it. */
public record FeedItem(
    long id,
    String title,
    String summary,
    String authorName,
    String authorJobTitle,
    Instant publishedAt,
    boolean pinned,
    boolean mustRead,
    boolean unread)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
