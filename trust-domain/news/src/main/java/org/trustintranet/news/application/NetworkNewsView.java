package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * A network's news, as its page shows it: the latest posts to its members that the reader reads as
 * one of them, and whether the reader may post to its members ({@code NewsPolicy}).
 */
public record NetworkNewsView(List<FeedItem> posts, boolean mayPost) implements Serializable {
  private static final long serialVersionUID = 1L;

  public NetworkNewsView {
    posts = List.copyOf(posts);
  }
}
