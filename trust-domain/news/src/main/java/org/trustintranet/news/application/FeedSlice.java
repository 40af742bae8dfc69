package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a reader's feed and whether more follow. The feed does not count all the posts a
 * reader may see (on a trust's 20,000 posts that count cost more than the page itself): it reads
 * one post beyond the page to know whether to offer "More news".
 */
public record FeedSlice(List<FeedItem> rows, boolean more) implements Serializable {
  private static final long serialVersionUID = 1L;

  public FeedSlice {
    rows = List.copyOf(rows);
  }
}
