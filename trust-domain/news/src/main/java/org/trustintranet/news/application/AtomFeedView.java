package org.trustintranet.news.application;

import java.time.Instant;
import java.util.List;

/**
 * The entries of an Atom feed, newest first, and when the feed last changed (the newest entry's
 * change, or {@code asOf} when it has none).
 */
public record AtomFeedView(Instant updated, List<AtomEntryView> entries) {
  public AtomFeedView {
    entries = List.copyOf(entries);
  }

  static AtomFeedView of(List<AtomEntryView> entries, Instant asOf) {
    Instant updated =
        entries.stream().map(AtomEntryView::updated).max(Instant::compareTo).orElse(asOf);
    return new AtomFeedView(updated, entries);
  }
}
