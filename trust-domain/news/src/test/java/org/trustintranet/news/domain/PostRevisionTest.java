package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;

/** The edit history's rule: what a change did to a post, found by comparing before and after. */
class PostRevisionTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Instant HOUR = NOW.plus(Duration.ofHours(1));
  static final Instant DAY = NOW.plus(Duration.ofDays(1));
  static final PostContent CONTENT =
      new PostContent("Learning Together", "Summary", "<p>Body</p>", false, false);

  static Post draft() {
    return new Post(5, CONTENT, Audience.WHOLE_TRUST, NOW);
  }

  static List<PostChange> changes(PostSnapshot before, Post after) {
    return PostRevision.of(1, before, after.snapshot(), 5L, "Jo Jones", NOW)
        .map(PostRevision::changes)
        .orElse(List.of());
  }

  @Test
  void aNewDraftIsCreatedOnly() {
    assertEquals(List.of(PostChange.CREATED), changes(null, draft()));
  }

  @Test
  void aNewPostPublishedAtOnceIsCreatedAndPublished() {
    Post post = draft();
    post.publish(5, NOW);
    assertEquals(List.of(PostChange.CREATED, PostChange.PUBLISHED), changes(null, post));
  }

  @Test
  void aNewScheduledPostIsCreatedAndScheduled() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    assertEquals(List.of(PostChange.CREATED, PostChange.SCHEDULED), changes(null, post));
  }

  @Test
  void aRevisionNamesEachChangedFieldAndKeepsThePreviousTitle() {
    Post post = draft();
    PostSnapshot before = post.snapshot();
    post.revise(
        new PostContent("Learning Together, again", "Summary", "<p>New body</p>", true, true),
        Audience.schools(Set.of(3L)),
        6,
        NOW);
    post.tag(Tags.parse("itt, cpd"));
    post.endAt(DAY, 6, NOW);
    PostRevision revision = PostRevision.of(1, before, post.snapshot(), 6L, "Sam", NOW).get();
    assertEquals(
        List.of(
            PostChange.TITLE,
            PostChange.BODY,
            PostChange.AUDIENCE,
            PostChange.TAGS,
            PostChange.PINNED,
            PostChange.MUST_READ,
            PostChange.END_DATE),
        revision.changes());
    assertEquals("Learning Together", revision.getPreviousTitle());
    assertEquals("Sam", revision.getEditorName());
    assertEquals(6L, revision.getEditorId());
    assertFalse(revision.bySystem());
  }

  @Test
  void aSummaryChangeIsNotATitleChange() {
    Post post = draft();
    PostSnapshot before = post.snapshot();
    post.revise(
        new PostContent("Learning Together", "Other", "<p>Body</p>", false, false),
        Audience.WHOLE_TRUST,
        5,
        NOW);
    PostRevision revision = PostRevision.of(1, before, post.snapshot(), 5L, "Jo", NOW).get();
    assertEquals(List.of(PostChange.SUMMARY), revision.changes());
    assertNull(revision.getPreviousTitle());
  }

  @Test
  void aBlankSummaryIsNoSummary() {
    Post post = new Post(5, new PostContent("T", null, "<p>B</p>", false, false), aud(), NOW);
    PostSnapshot before = post.snapshot();
    post.revise(new PostContent("T", "", "<p>B</p>", false, false), aud(), 5, NOW);
    assertEquals(List.of(), changes(before, post));
  }

  @Test
  void savingWithoutChangesWritesNoRevision() {
    Post post = draft();
    post.tag(Tags.parse("itt, cpd"));
    PostSnapshot before = post.snapshot();
    post.revise(CONTENT, Audience.WHOLE_TRUST, 5, HOUR);
    post.tag(Tags.parse("cpd, itt"));
    post.endAt(null, 5, HOUR);
    assertTrue(PostRevision.of(1, before, post.snapshot(), 5L, "Jo", HOUR).isEmpty());
  }

  @Test
  void aNarrowerAudienceOfRolesIsAnAudienceChange() {
    Post post = new Post(5, CONTENT, aud(), NOW);
    PostSnapshot before = post.snapshot();
    post.revise(CONTENT, new Audience(false, Set.of(3L), Set.of(SchoolRole.TEACHER)), 5, NOW);
    assertEquals(List.of(PostChange.AUDIENCE), changes(before, post));
  }

  @Test
  void movingAScheduledPostIsAScheduleChange() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    PostSnapshot before = post.snapshot();
    post.schedule(DAY, 5, NOW);
    assertEquals(List.of(PostChange.SCHEDULE), changes(before, post));
  }

  @Test
  void takingAScheduledPostBackIsUnscheduled() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    PostSnapshot before = post.snapshot();
    post.unschedule(5, NOW);
    assertEquals(List.of(PostChange.UNSCHEDULED), changes(before, post));
  }

  @Test
  void publishingAScheduledPostIsPublishedNotARescheduling() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    PostSnapshot before = post.snapshot();
    post.publish(5, NOW);
    assertEquals(List.of(PostChange.PUBLISHED), changes(before, post));
  }

  @Test
  void theJobPublishesAndEndsWithoutAnEditor() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    post.endAt(DAY, 5, NOW);
    PostSnapshot before = post.snapshot();
    post.publishIfDue(HOUR);
    PostRevision revision = PostRevision.of(1, before, post.snapshot(), null, null, HOUR).get();
    assertEquals(List.of(PostChange.PUBLISHED), revision.changes());
    assertTrue(revision.bySystem());
    assertNull(revision.getEditorName());

    before = post.snapshot();
    post.expireIfDue(DAY);
    assertEquals(List.of(PostChange.EXPIRED), changes(before, post));
  }

  @Test
  void aLatePublishingPastItsEndIsPublishedAndExpired() {
    Post post = draft();
    post.schedule(HOUR, 5, NOW);
    post.endAt(DAY, 5, NOW);
    PostSnapshot before = post.snapshot();
    post.publishIfDue(DAY.plusSeconds(60));
    assertEquals(List.of(PostChange.PUBLISHED, PostChange.EXPIRED), changes(before, post));
  }

  @Test
  void anExpiredPostGivenALaterEndIsReopened() {
    Post post = draft();
    post.publish(5, NOW);
    post.endAt(HOUR, 5, NOW);
    post.expireIfDue(HOUR);
    PostSnapshot before = post.snapshot();
    post.endAt(DAY, 5, HOUR);
    assertEquals(List.of(PostChange.END_DATE, PostChange.REOPENED), changes(before, post));
  }

  @Test
  void archivingIsArchivedEvenWhenItUnpins() {
    Post post = new Post(5, new PostContent("T", null, "<p>B</p>", true, false), aud(), NOW);
    post.publish(5, NOW);
    PostSnapshot before = post.snapshot();
    post.archive(5, HOUR);
    assertEquals(List.of(PostChange.ARCHIVED), changes(before, post));
  }

  @Test
  void aPostInThePublicFeedIsAPublicFeedChange() {
    Post post = draft();
    PostSnapshot before = post.snapshot();
    post.showInPublicFeed(true);
    assertEquals(List.of(PostChange.PUBLIC_FEED), changes(before, post));
  }

  @Test
  void everyCodeReadsBackAsItsChange() {
    for (PostChange change : PostChange.values()) {
      assertEquals(change, PostChange.ofCode(change.code()));
    }
    int all =
        String.join(
                ",", java.util.Arrays.stream(PostChange.values()).map(PostChange::code).toList())
            .length();
    assertTrue(all <= PostRevision.CHANGES_LENGTH, "every code fits the column at once");
  }

  static Audience aud() {
    return Audience.schools(Set.of(3L));
  }
}
