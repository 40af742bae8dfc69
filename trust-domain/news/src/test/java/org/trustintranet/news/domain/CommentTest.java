package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;

class CommentTest {
  static final Instant WRITTEN = Instant.parse("2026-11-23T09:00:00Z");
  static final long WRITER = 5;
  static final long MODERATOR = 3;

  private final Comment comment = new Comment(1, WRITER, "First thoughts", WRITTEN);

  private static String key(Runnable action) {
    return assertThrows(BusinessException.class, action::run).messageKey();
  }

  @Test
  void theWriterChangesItWithinFifteenMinutes() {
    Instant later = WRITTEN.plus(Duration.ofMinutes(14)).plusSeconds(59);
    assertTrue(comment.editableBy(WRITER, later));
    comment.edit(WRITER, "Second thoughts", later);
    assertEquals("Second thoughts", comment.getBody());
    assertEquals(later, comment.getEditedAt());
  }

  @Test
  void afterFifteenMinutesTheCommentStaysAsItIs() {
    Instant late = WRITTEN.plus(Comment.EDIT_WINDOW);
    assertFalse(comment.editableBy(WRITER, late));
    assertEquals("error.comment.editWindow", key(() -> comment.edit(WRITER, "Changed", late)));
    assertEquals("First thoughts", comment.getBody());
    assertNull(comment.getEditedAt());
  }

  @Test
  void nobodyElseChangesIt() {
    assertFalse(comment.editableBy(MODERATOR, WRITTEN));
    assertThrows(NotPermittedException.class, () -> comment.edit(MODERATOR, "Mine now", WRITTEN));
    assertEquals("First thoughts", comment.getBody());
  }

  @Test
  void hidingNeedsAReasonAndKeepsTheFirstOne() {
    assertEquals("error.comment.reasonRequired", key(() -> comment.hide(MODERATOR, "  ", WRITTEN)));
    assertEquals("error.comment.reasonRequired", key(() -> comment.hide(MODERATOR, null, WRITTEN)));
    assertEquals(
        "error.comment.reasonTooLong",
        key(() -> comment.hide(MODERATOR, "x".repeat(Comment.REASON_LENGTH + 1), WRITTEN)));
    assertFalse(comment.isHidden());

    comment.hide(MODERATOR, "  Names a pupil  ", WRITTEN.plusSeconds(60));
    assertTrue(comment.isHidden());
    assertEquals("Names a pupil", comment.getHiddenReason());
    comment.hide(MODERATOR, "Another reason", WRITTEN.plusSeconds(120));
    assertEquals("Names a pupil", comment.getHiddenReason(), "hiding again changes nothing");
  }

  @Test
  void aHiddenCommentIsNotChangedByItsWriter() {
    comment.hide(MODERATOR, "Off topic", WRITTEN);
    assertFalse(comment.editableBy(WRITER, WRITTEN.plusSeconds(1)));
    assertEquals("error.comment.hidden", key(() -> comment.edit(WRITER, "Sorry", WRITTEN)));
  }

  @Test
  void anEmptyOrOverlongCommentIsRefused() {
    assertEquals("error.comment.empty", key(() -> new Comment(1, WRITER, " ", WRITTEN)));
    assertEquals(
        "error.comment.tooLong",
        key(() -> new Comment(1, WRITER, "x".repeat(Comment.BODY_LENGTH + 1), WRITTEN)));
  }

  @Test
  void readersCommentAndLikeModeratorsModerate() {
    Post forA = NewsPolicyTest.post(NewsPolicyTest.EDITOR, Audience.schools(Set.of(11L)), true);
    assertTrue(
        CommentPolicy.mayComment(
            Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, false, NewsPolicyTest.NOW));
    assertFalse(
        CommentPolicy.mayComment(
            Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, true, NewsPolicyTest.NOW),
        "closed comments");
    assertTrue(
        CommentPolicy.mayLike(
            Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, NewsPolicyTest.NOW),
        "likes stay open");
    assertFalse(
        CommentPolicy.mayComment(
            Reader.withoutNetworks(NewsPolicyTest.STAFF_B), forA, false, NewsPolicyTest.NOW),
        "another school");
    assertFalse(
        CommentPolicy.mayLike(
            Reader.withoutNetworks(NewsPolicyTest.STAFF_B), forA, NewsPolicyTest.NOW));
    assertFalse(
        CommentPolicy.mayModerate(Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA),
        "a reader");
    assertTrue(
        CommentPolicy.mayModerate(Reader.withoutNetworks(NewsPolicyTest.EDITOR), forA),
        "its author");
    assertTrue(
        CommentPolicy.mayModerate(Reader.withoutNetworks(NewsPolicyTest.ADMIN_A), forA),
        "its school's admin");
    assertFalse(CommentPolicy.mayModerate(Reader.withoutNetworks(NewsPolicyTest.ADMIN_B), forA));

    Post draft = NewsPolicyTest.post(NewsPolicyTest.EDITOR, Audience.schools(Set.of(11L)), false);
    assertFalse(
        CommentPolicy.mayComment(
            Reader.withoutNetworks(NewsPolicyTest.EDITOR), draft, false, NewsPolicyTest.NOW),
        "not published");
    assertFalse(
        CommentPolicy.mayLike(
            Reader.withoutNetworks(NewsPolicyTest.ADMIN_A), draft, NewsPolicyTest.NOW));
    assertFalse(
        CommentPolicy.mayLike(
            Reader.withoutNetworks(NewsPolicyTest.person(9, Map.of(11L, SchoolRole.TEACHER))),
            draft,
            NewsPolicyTest.NOW),
        "a draft is no reader's");
  }

  @Test
  void anEndedPostTakesNoMoreCommentsOrLikes() {
    Post forA = NewsPolicyTest.post(NewsPolicyTest.EDITOR, Audience.schools(Set.of(11L)), true);
    Instant now = NewsPolicyTest.NOW;
    forA.endAt(now.plus(Duration.ofHours(1)), NewsPolicyTest.EDITOR.personId(), now);
    assertTrue(CommentPolicy.mayLike(Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, now));
    Instant later = now.plus(Duration.ofHours(2));
    assertFalse(
        CommentPolicy.mayLike(Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, later));
    assertFalse(
        CommentPolicy.mayComment(
            Reader.withoutNetworks(NewsPolicyTest.TEACHER_A), forA, false, later));
    assertFalse(
        CommentPolicy.mayComment(Reader.withoutNetworks(NewsPolicyTest.EDITOR), forA, false, later),
        "not even its author");
  }
}
