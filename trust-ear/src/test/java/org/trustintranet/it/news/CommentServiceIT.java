package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.CommentService;
import org.trustintranet.news.application.CommentView;
import org.trustintranet.news.application.DiscussionView;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * Comments and likes inside the deployed application, against the real database: readers comment
 * and like, a member of another school reaches neither by any operation, the writer edits, a
 * moderator hides with a reason (the writer still sees it), closed comments refuse new ones, and
 * markup never survives into a comment.
 */
@ExtendWith(ArquillianExtension.class)
class CommentServiceIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        CommentServiceIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NewsService news;
  @Inject CommentService comments;
  @Inject SchoolService schools;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long newStaff(long school) {
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail("comment"), "Comment", "Writer", null),
        school,
        SchoolRole.STAFF);
  }

  /** A post for one school, published by the demo trust admin. */
  private long postFor(long school) {
    acting.as("trust.admin");
    return news.publish(
        new PostForm(
            "Comments " + System.nanoTime(),
            null,
            "<p>Tell us what you think.</p>",
            false,
            Set.of(school),
            Set.of(),
            false,
            false));
  }

  private static String key(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void readersCommentAndLikeAndAnotherSchoolReachesNothing() {
    long oakfield = acting.school("Oakfield Primary School");
    long riverside = acting.school("Riverside Academy");
    long reader = newStaff(oakfield);
    long outsider = newStaff(riverside);
    long post = postFor(oakfield);

    acting.as(reader);
    long mine = comments.comment(post, "  Our Year 2 team tried this.\nIt worked!  ");
    comments.like(post);
    comments.like(post); // twice counts once
    DiscussionView seen = comments.discussion(post);
    assertEquals(1, seen.comments().size());
    CommentView comment = seen.comments().get(0);
    assertEquals("Our Year 2 team tried this.<br>It worked!", comment.body());
    assertTrue(comment.mine());
    assertEquals("Our Year 2 team tried this.\nIt worked!", comment.editableText());
    assertFalse(comment.mayHide(), "a reader does not moderate");
    assertEquals(1, seen.likes());
    assertTrue(seen.likedByMe());
    assertEquals(List.of("Comment Writer"), seen.likedBy());

    comments.editComment(mine, "Our Year 2 team tried this twice.");
    assertTrue(comments.discussion(post).comments().get(0).edited());

    // Another school's member: every path answers "not found", and nothing changes.
    acting.as(outsider);
    assertEquals("error.news.notFound", notFound(() -> comments.discussion(post)));
    assertEquals("error.news.notFound", notFound(() -> comments.comment(post, "Let me in")));
    assertEquals("error.news.notFound", notFound(() -> comments.like(post)));
    assertEquals("error.news.notFound", notFound(() -> comments.unlike(post)));
    assertEquals("error.news.notFound", notFound(() -> comments.editComment(mine, "Mine now")));
    assertEquals("error.news.notFound", notFound(() -> comments.hideComment(mine, "Spite")));
    assertEquals("error.news.notFound", notFound(() -> comments.closeComments(post, true)));
    assertEquals("error.news.notFound", notFound(() -> comments.editComment(-1, "No such")));

    acting.as(reader);
    DiscussionView after = comments.discussion(post);
    assertEquals(1, after.comments().size());
    assertEquals("Our Year 2 team tried this twice.", after.comments().get(0).body());
    assertEquals(1, after.likes());
    comments.unlike(post);
    assertEquals(0, comments.discussion(post).likes());
  }

  @Test
  void moderatorsHideWithAReasonAndCloseTheComments() {
    long oakfield = acting.school("Oakfield Primary School");
    long writer = newStaff(oakfield);
    long reader = newStaff(oakfield);
    long post = postFor(oakfield);

    acting.as(writer);
    long comment = comments.comment(post, "Pupil J. Smith in 4B did this.");
    acting.as(reader);
    assertThrows(NotPermittedException.class, () -> comments.hideComment(comment, "Not mine"));
    assertThrows(NotPermittedException.class, () -> comments.closeComments(post, true));

    acting.as("school.admin"); // Oakfield's school admin: edits posts for Oakfield
    assertTrue(comments.discussion(post).mayModerate());
    assertEquals("error.comment.reasonRequired", key(() -> comments.hideComment(comment, " ")));
    comments.hideComment(comment, "Names a pupil");

    acting.as(reader);
    CommentView hidden = comments.discussion(post).comments().get(0);
    assertTrue(hidden.hidden());
    assertNull(hidden.body(), "other readers do not see a hidden comment's text");
    assertNull(hidden.hiddenReason());
    acting.as(writer);
    CommentView own = comments.discussion(post).comments().get(0);
    assertEquals("Pupil J. Smith in 4B did this.", own.body(), "its writer still sees it");
    assertEquals("Names a pupil", own.hiddenReason());
    assertFalse(own.mayEdit());
    assertEquals("error.comment.hidden", key(() -> comments.editComment(comment, "Sorry")));

    acting.as("school.admin");
    comments.closeComments(post, true);
    acting.as(reader);
    DiscussionView closed = comments.discussion(post);
    assertTrue(closed.closed());
    assertFalse(closed.mayComment());
    assertEquals("error.comment.closed", key(() -> comments.comment(post, "One more")));
    comments.like(post); // likes stay open
    assertEquals(1, comments.discussion(post).comments().size(), "nothing was added");

    acting.as("school.admin");
    comments.closeComments(post, false);
    acting.as(reader);
    comments.comment(post, "Thanks for reopening.");
    assertEquals(2, comments.discussion(post).comments().size());
  }

  @Test
  void markupNeverSurvivesIntoAComment() {
    long oakfield = acting.school("Oakfield Primary School");
    long writer = newStaff(oakfield);
    long post = postFor(oakfield);
    acting.as(writer);
    comments.comment(
        post,
        "<script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">link</a> #{facesContext} <svg onload=alert(4)>");
    String body = comments.discussion(post).comments().get(0).body();
    assertFalse(body.contains("<"), body);
    assertFalse(body.contains("alert"), body);
    assertTrue(body.contains("#{facesContext}"), "text is kept (EL in data is never evaluated)");
    assertEquals("error.comment.empty", key(() -> comments.comment(post, "<b></b>")));
    assertEquals("error.comment.empty", key(() -> comments.comment(post, "<script>x</script>")));
    assertEquals("error.comment.tooLong", key(() -> comments.comment(post, "x".repeat(2001))));
    assertEquals(1, comments.discussion(post).comments().size(), "no partial data");
  }

  private static String notFound(Runnable call) {
    return assertThrows(NotFoundException.class, call::run).messageKey();
  }
}
