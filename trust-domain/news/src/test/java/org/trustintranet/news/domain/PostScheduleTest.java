package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

/** A post's life in time: scheduled, published by the job, ended, without a container. */
class PostScheduleTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Instant HOUR = NOW.plus(Duration.ofHours(1));
  static final Instant DAY = NOW.plus(Duration.ofDays(1));
  static final PostContent CONTENT = new PostContent("Title", null, "<p>Body</p>", false, false);

  static Post draft() {
    return new Post(5, CONTENT, Audience.WHOLE_TRUST, NOW);
  }

  static String key(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aScheduledPostWaitsForItsTimeThenTheJobPublishesIt() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    assertEquals(PostState.SCHEDULED, post.getState());
    assertFalse(post.isVisibleAt(NOW));
    assertFalse(post.publishIfDue(HOUR.minusSeconds(1)), "not yet");
    assertTrue(post.publishIfDue(HOUR.plusSeconds(90)), "a late run publishes it too");
    assertEquals(PostState.PUBLISHED, post.getState());
    assertEquals(HOUR, post.getPublishedAt(), "dated at its set time, not the job's");
    assertTrue(post.isVisibleAt(HOUR.plusSeconds(90)));
    assertFalse(post.publishIfDue(DAY), "once");
  }

  @Test
  void aTimeInThePastIsRefused() {
    Post post = draft();
    assertEquals("error.news.publishAtPast", key(() -> post.schedule(NOW, 5, NOW)));
    assertEquals("error.news.publishAtPast", key(() -> post.schedule(NOW.minusSeconds(1), 5, NOW)));
    assertEquals("error.news.publishAtPast", key(() -> post.schedule(null, 5, NOW)));
    assertEquals(PostState.DRAFT, post.getState());
  }

  @Test
  void anEndBeforeThePublishingTimeIsRefused() {
    Post post = draft();
    post.endAt(HOUR, 5, NOW);
    assertEquals("error.news.expiresBeforePublish", key(() -> post.schedule(DAY, 5, NOW)));
    assertEquals("error.news.expiresBeforePublish", key(() -> post.schedule(HOUR, 5, NOW)));
    post.endAt(null, 5, NOW);
    post.schedule(HOUR, 5, NOW);
    assertEquals("error.news.expiresBeforePublish", key(() -> post.endAt(HOUR, 5, NOW)));
    assertEquals(
        "error.news.expiresBeforePublish", key(() -> post.endAt(HOUR.minusSeconds(5), 5, NOW)));
    post.endAt(DAY, 5, NOW);
    assertEquals(DAY, post.getExpiresAt());
  }

  @Test
  void anEndInThePastIsRefusedAndAPostPastItsEndIsNotPublished() {
    Post post = draft();
    assertEquals("error.news.expiresPast", key(() -> post.endAt(NOW, 5, NOW)));
    post.endAt(HOUR, 5, NOW);
    assertEquals("error.news.expiresPast", key(() -> post.publish(5, HOUR)));
  }

  @Test
  void aPublishedPostLeavesItsReadersAtItsEnd() {
    Post post = draft();
    post.endAt(HOUR, 5, NOW);
    post.publish(5, NOW);
    assertTrue(post.isVisibleAt(HOUR.minusSeconds(1)));
    assertFalse(post.isVisibleAt(HOUR), "gone at its end, before the job runs");
    assertEquals(PostState.EXPIRED, post.stateAt(HOUR));
    assertFalse(post.expireIfDue(NOW));
    assertTrue(post.expireIfDue(DAY), "a late run ends it too");
    assertEquals(PostState.EXPIRED, post.getState());
    assertFalse(post.isVisibleAt(DAY));

    post.endAt(DAY.plusSeconds(60), 6, DAY);
    assertEquals(PostState.PUBLISHED, post.getState(), "a later end shows it again");
    post.endAt(null, 6, DAY);
    assertTrue(post.isVisibleAt(DAY.plus(Duration.ofDays(400))));
  }

  @Test
  void aScheduledPostPastItsEndByTheTimeTheJobRunsEndsAtOnce() {
    Post post = draft();
    post.endAt(DAY, 5, NOW);
    post.schedule(HOUR, 5, NOW);
    assertTrue(post.publishIfDue(DAY.plusSeconds(1)));
    assertEquals(PostState.EXPIRED, post.getState());
    assertEquals(HOUR, post.getPublishedAt());
  }

  @Test
  void aScheduledPostMayBePublishedNowAndAPublishedOneIsNotScheduled() {
    Post post = draft();
    post.schedule(DAY, 5, NOW);
    post.publish(6, NOW);
    assertEquals(PostState.PUBLISHED, post.getState());
    assertEquals(NOW, post.getPublishedAt());
    assertEquals("error.news.notADraft", key(() -> post.schedule(DAY, 5, NOW)));
    assertFalse(post.publishIfDue(DAY));
  }

  @Test
  void aDraftIsNeitherPublishedNorEndedByTheJob() {
    Post post = draft();
    post.endAt(HOUR, 5, NOW);
    assertFalse(post.publishIfDue(DAY));
    assertFalse(post.expireIfDue(DAY));
    assertEquals(PostState.DRAFT, post.getState());
    assertNull(post.getPublishedAt());
  }

  @Test
  void anArchivedPostStaysArchived() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    post.archive(5, NOW);
    assertFalse(post.publishIfDue(DAY));
    assertFalse(post.isVisibleAt(DAY));
    assertThrows(IllegalStateException.class, () -> post.endAt(DAY, 5, NOW));
  }

  @Test
  void aScheduledPostMayGoBackToBeingADraft() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    post.unschedule(6, NOW);
    assertEquals(PostState.DRAFT, post.getState());
    assertNull(post.getPublishAt());
    assertFalse(post.publishIfDue(DAY));
  }
}
