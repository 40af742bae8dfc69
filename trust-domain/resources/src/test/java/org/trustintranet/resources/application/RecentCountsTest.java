package org.trustintranet.resources.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.Subject;

class RecentCountsTest {
  /** A clock the test moves on. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hands clock = new Hands();
  private final AtomicInteger counted = new AtomicInteger();

  private RecentCounts.Counts count() {
    return new RecentCounts.Counts(counted.incrementAndGet(), Map.of());
  }

  private static ResourceQuery browse(Set<Long> schools, Subject subject, ResourceQuery.Sort sort) {
    return new ResourceQuery(
        null,
        subject,
        null,
        null,
        null,
        null,
        false,
        sort,
        false,
        true,
        schools,
        LocalDate.of(2026, 11, 24));
  }

  @Test
  void keptForTheTimeSetWhateverTheOrder() {
    RecentCounts recent = new RecentCounts(clock, 60);
    ResourceQuery q = browse(Set.of(1L), null, ResourceQuery.Sort.NEWEST);
    assertEquals(1, recent.of(q, this::count).total());
    clock.now = clock.now.plus(Duration.ofSeconds(59));
    ResourceQuery sortedOtherwise = browse(Set.of(1L), null, ResourceQuery.Sort.MOST_DOWNLOADED);
    assertEquals(1, recent.of(sortedOtherwise, this::count).total());
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertEquals(2, recent.of(q, this::count).total(), "counted again after 60 s");
  }

  @Test
  void neverSharedAcrossScopesOrFilters() {
    RecentCounts recent = new RecentCounts(clock, 60);
    assertEquals(1, recent.of(browse(Set.of(1L), null, null), this::count).total());
    assertEquals(2, recent.of(browse(Set.of(2L), null, null), this::count).total());
    assertEquals(3, recent.of(browse(Set.of(1L), Subject.SCIENCE, null), this::count).total());
    assertEquals(1, recent.of(browse(Set.of(1L), null, null), this::count).total());
  }

  @Test
  void aChangeForgetsEverything() {
    RecentCounts recent = new RecentCounts(clock, 60);
    ResourceQuery q = browse(Set.of(1L), null, null);
    recent.of(q, this::count);
    recent.changed(new LibraryChanged(7));
    assertEquals(2, recent.of(q, this::count).total());
  }

  @Test
  void zeroSecondsKeepsNothing() {
    RecentCounts recent = new RecentCounts(clock, 0);
    ResourceQuery q = browse(Set.of(1L), null, null);
    recent.of(q, this::count);
    assertEquals(2, recent.of(q, this::count).total());
  }

  @Test
  void boundedInNumber() {
    RecentCounts recent = new RecentCounts(clock, 60);
    for (long school = 0; school < RecentCounts.MAX_SEARCHES; school++) {
      recent.of(browse(Set.of(school), null, null), this::count);
    }
    // Full: the next search forgets all the others.
    recent.of(browse(Set.of(-1L), null, null), this::count);
    int before = counted.get();
    recent.of(browse(Set.of(0L), null, null), this::count);
    assertEquals(before + 1, counted.get());
  }
}
