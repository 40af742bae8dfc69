package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostTest {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final PostContent CONTENT = new PostContent("Title", "Sum", "<p>Body</p>", true, false);

  @Test
  void aPostStartsAsADraftAndIsPublishedOnce() {
    Post post = new Post(5, CONTENT, Audience.schools(Set.of(3L)), T0);
    assertEquals(PostState.DRAFT, post.getState());
    assertNull(post.getPublishedAt());
    post.publish(6, T0.plusSeconds(60));
    assertTrue(post.isPublished());
    assertEquals(T0.plusSeconds(60), post.getPublishedAt());
    post.publish(6, T0.plusSeconds(120));
    assertEquals(T0.plusSeconds(60), post.getPublishedAt(), "publishing again changes nothing");
    assertEquals(6, post.getUpdatedBy());
    assertEquals(Audience.schools(Set.of(3L)), post.audience());
  }

  @Test
  void revisingChangesContentAndAudienceArchivingUnpins() {
    Post post = new Post(5, CONTENT, Audience.schools(Set.of(3L)), T0);
    post.revise(new PostContent("New", null, "<p>x</p>", true, true), Audience.WHOLE_TRUST, 9, T0);
    assertEquals("New", post.getTitle());
    assertEquals(Audience.WHOLE_TRUST, post.audience());
    assertTrue(post.isMustRead());
    post.archive(9, T0);
    assertFalse(post.isPinned());
    assertThrows(IllegalStateException.class, () -> post.publish(9, T0));
    assertThrows(
        IllegalStateException.class, () -> post.revise(CONTENT, Audience.WHOLE_TRUST, 9, T0));
  }

  @Test
  void contentKeepsItsLengths() {
    assertThrows(
        IllegalArgumentException.class, () -> new PostContent(" ", null, "b", false, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PostContent("x".repeat(Post.TITLE_LENGTH + 1), null, "b", false, false));
  }
}
