package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BannerTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final String ID = "ab".repeat(32);
  static final Banner BANNER = new Banner(ID, "image/png", 1200, 960, 320, " Two schools ");

  @Test
  void aPostShowsChangesAndLosesItsBanner() {
    Post post = new Post(5, PostTest.CONTENT, Audience.schools(Set.of(3L)), T0);
    assertTrue(post.banner().isEmpty());
    post.showBanner(BANNER, 7, T0.plusSeconds(60));
    assertEquals(Optional.of(BANNER), post.banner());
    assertEquals("Two schools", post.banner().orElseThrow().alt());
    assertEquals(7, post.getUpdatedBy());
    post.showBanner(BANNER.describedAs("Two schools on hills"), 8, T0.plusSeconds(120));
    assertEquals("Two schools on hills", post.banner().orElseThrow().alt());
    assertEquals(T0.plusSeconds(120), post.getUpdatedAt());
    post.showBanner(null, 9, T0.plusSeconds(180));
    assertTrue(post.banner().isEmpty());
    post.archive(9, T0.plusSeconds(240));
    assertThrows(IllegalStateException.class, () -> post.showBanner(BANNER, 9, T0));
  }

  @Test
  void aBannerIsARasterImageWithItsDescription() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Banner(ID, "image/svg+xml", 10, 1, 1, "A drawing"));
    assertThrows(IllegalArgumentException.class, () -> new Banner(ID, "image/png", 10, 1, 1, "  "));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Banner(ID, "image/png", 10, 1, 1, "x".repeat(Banner.ALT_LENGTH + 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Banner("../../etc/passwd", "image/png", 10, 1, 1, "A path"));
  }
}
