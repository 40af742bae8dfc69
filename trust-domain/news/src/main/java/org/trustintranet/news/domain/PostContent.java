package org.trustintranet.news.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a post says and how it is shown: its title, summary, body (HTML, already sanitised by the
 * caller), and whether it is pinned to the top of the feed and must be acknowledged by its readers.
 */
public record PostContent(
    String title, String summary, String body, boolean pinned, boolean mustRead)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PostContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (title.isBlank() || title.length() > Post.TITLE_LENGTH) {
      throw new IllegalArgumentException("title must have 1 to " + Post.TITLE_LENGTH + " chars");
    }
    if (summary != null && summary.length() > Post.SUMMARY_LENGTH) {
      throw new IllegalArgumentException("summary too long");
    }
    if (body.length() > Post.BODY_LENGTH) {
      throw new IllegalArgumentException("body too long");
    }
  }
}
