package org.trustintranet.news.domain;

/**
 * One thing a change did to a post, as its edit history names it: a field that now says something
 * else, or a step in the post's life. Each has a short code, stored in the history and used by the
 * screens to find its words in the bundles ({@code news.history.change.<code>}).
 */
public enum PostChange {
  CREATED("created"),
  TITLE("title"),
  SUMMARY("summary"),
  BODY("body"),
  AUDIENCE("audience"),
  TAGS("tags"),
  PINNED("pinned"),
  MUST_READ("mustRead"),
  PUBLIC_FEED("publicFeed"),
  SCHEDULE("schedule"),
  END_DATE("endDate"),
  SCHEDULED("scheduled"),
  UNSCHEDULED("unscheduled"),
  PUBLISHED("published"),
  EXPIRED("expired"),
  REOPENED("reopened"),
  ARCHIVED("archived");

  private final String code;

  PostChange(String code) {
    this.code = code;
  }

  /** The short stored code ("title", "mustRead", "published"). */
  public String code() {
    return code;
  }

  /** The change with this code. */
  public static PostChange ofCode(String code) {
    for (PostChange change : values()) {
      if (change.code.equals(code)) {
        return change;
      }
    }
    throw new IllegalArgumentException("no post change " + code);
  }
}
