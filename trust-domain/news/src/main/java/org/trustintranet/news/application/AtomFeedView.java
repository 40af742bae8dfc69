package org.trustintranet.news.application;

import java.time.Instant;
import java.util.List;

/**
 * The entries of an Atom feed, newest first, when the feed last changed (the newest entry's change,
 * or the time it was asked for when it has none) and a stable name for the feed that never carries
 * a token ({@code "public"}, or {@code "person-12"}), from which its Atom id is made.
 */
public record AtomFeedView(String key, Instant updated, List<AtomEntryView> entries) {
  public AtomFeedView {
    entries = List.copyOf(entries);
  }

  static AtomFeedView of(String key, List<AtomEntryView> entries, Instant asOf) {
    Instant updated =
        entries.stream().map(AtomEntryView::updated).max(Instant::compareTo).orElse(asOf);
    return new AtomFeedView(key, updated, entries);
  }
}
