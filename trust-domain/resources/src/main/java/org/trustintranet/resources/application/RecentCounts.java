package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.resources.domain.ResourceQuery;

/**
 * The facet counts and totals of searches without words, kept for a short time. Opening the library
 * (no words, perhaps a filter or two) counts over every resource the reader may see: with 100,000
 * resources that is about a second of database work, the same for every teacher of the same
 * schools, while the library changes a few times an hour. The counts are kept per search (its
 * filters and the reader's scope, never across scopes) for {@value #SETTING} seconds (default 60),
 * forgotten on this instance as soon as a change commits ({@link LibraryChanged}); another instance
 * of a cluster sees the change within that time. The page of results itself is always read afresh.
 * At most {@link #MAX_SEARCHES} searches are kept; past that all are forgotten at once.
 */
@ApplicationScoped
public class RecentCounts {
  /** The MicroProfile Config setting: how long counts are kept, in seconds (0: not at all). */
  public static final String SETTING = "trust.resources.count-cache-seconds";

  static final int MAX_SEARCHES = 2_000;

  /** A search's total and facet counts. */
  public record Counts(long total, Map<String, Map<String, Long>> facets) {
    public Counts {
      facets = Map.copyOf(facets);
    }
  }

  private record Kept(Counts counts, Instant until) {}

  private final Map<ResourceQuery, Kept> kept = new ConcurrentHashMap<>();

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = SETTING, defaultValue = "60")
  long seconds;

  RecentCounts() {}

  RecentCounts(Clock clock, long seconds) {
    this.clock = clock;
    this.seconds = seconds;
  }

  /** The counts of {@code query} (whatever its order), counted by {@code count} when not kept. */
  public Counts of(ResourceQuery query, Supplier<Counts> count) {
    if (seconds <= 0) {
      return count.get();
    }
    ResourceQuery key = query.sortedBy(ResourceQuery.Sort.NEWEST);
    Instant now = clock.instant();
    Kept k = kept.get(key);
    if (k != null && now.isBefore(k.until())) {
      return k.counts();
    }
    Counts counts = count.get();
    if (kept.size() >= MAX_SEARCHES) {
      kept.clear();
    }
    kept.put(key, new Kept(counts, now.plus(Duration.ofSeconds(seconds))));
    return counts;
  }

  /** Forgets every count once a change to the library commits. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LibraryChanged change) {
    forget();
  }

  void forget() {
    kept.clear();
  }
}
