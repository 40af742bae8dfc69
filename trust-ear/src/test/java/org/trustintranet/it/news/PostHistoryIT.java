package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.AuthorView;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;
import org.trustintranet.news.application.RevisionView;
import org.trustintranet.news.application.ScheduledPublishing;

/**
 * A post's edit history (who changed what, when) and the author page's posts, through the deployed
 * services against the real database: each change leaves one line, a change that changes nothing
 * none, the publishing job signs as the system; only those who may edit the post see its history;
 * an author's posts are exactly those of theirs the reader may read.
 */
@ExtendWith(ArquillianExtension.class)
class PostHistoryIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        PostHistoryIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NewsService news;
  @Inject SchoolStaffService schoolStaff;
  @Inject ScheduledPublishing publishing;
  @Inject Acting acting;
  @Inject CurrentUser currentUser;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private static PostForm form(String title, Set<Long> schools) {
    return new PostForm(
        title,
        "Summary of " + title,
        "<p>Body of " + title + "</p>",
        schools.isEmpty(),
        schools,
        Set.of(),
        false,
        false);
  }

  private static PostForm changed(PostForm f, String title, String body) {
    return new PostForm(
        title,
        f.summary(),
        body,
        f.wholeTrust(),
        f.schoolIds(),
        f.roles(),
        f.pinned(),
        f.mustRead(),
        f.publishAt(),
        f.expiresAt(),
        f.tags(),
        f.publicFeed());
  }

  private static String unique(String title) {
    return title + " " + System.nanoTime();
  }

  private long newStaff(String school) {
    long id = acting.school(school);
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail("history"), "History", "Reader", null), id, SchoolRole.STAFF);
  }

  private String myName() {
    return currentUser.requireSignedIn().displayName();
  }

  @Test
  void aRevisionShowsWhoChangedWhatAndWhen() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    String author = myName();
    String title = unique("History");
    PostForm form = form(title, Set.of(oakfield));
    Instant before = Instant.now().minusSeconds(1);
    long post = news.publish(form);

    List<RevisionView> history = news.history(post);
    assertEquals(1, history.size(), "created and published at once: " + history);
    assertEquals(List.of("created", "published"), history.get(0).changes());
    assertEquals(author, history.get(0).editorName());

    acting.as("trust.admin");
    String editor = myName();
    long version = news.draft(post).version();
    String newTitle = title + " (revised)";
    news.revise(post, version, changed(form, newTitle, "<p>A new body</p>"));
    version = news.draft(post).version();
    news.revise(post, version, changed(form, newTitle, "<p>A new body</p>")); // changes nothing
    Instant after = Instant.now().plusSeconds(1);

    history = news.history(post);
    assertEquals(2, history.size(), "a save that changes nothing leaves no line: " + history);
    RevisionView last = history.get(0);
    assertEquals(List.of("title", "body"), last.changes(), "newest first");
    assertEquals(editor, last.editorName());
    assertEquals(title, last.previousTitle());
    assertFalse(last.bySystem());
    assertTrue(
        !last.revisedAt().isBefore(before) && !last.revisedAt().isAfter(after),
        "when: " + last.revisedAt());
    assertFalse(history.get(1).revisedAt().isAfter(last.revisedAt()));
    assertNull(history.get(1).previousTitle());

    news.archive(post, news.draft(post).version());
    assertEquals(List.of("archived"), news.history(post).get(0).changes());
    acting.as("school.admin");
    assertEquals(3, news.history(post).size(), "an archived post's history stays for its editors");
  }

  @Test
  void aPlainTeacherAndAnotherSchoolsAdminAreRefusedTheHistory() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    long post = news.publish(form(unique("Oakfield only"), Set.of(oakfield)));

    acting.as("teacher"); // reads Oakfield's news, edits none
    assertTrue(news.read(post).title().startsWith("Oakfield only"));
    assertFalse(news.read(post).maySeeHistory());
    assertThrows(NotPermittedException.class, () -> news.history(post));

    acting.as("riverside.admin"); // may not even read it: as for a post that is not there
    assertThrows(NotFoundException.class, () -> news.history(post));

    acting.as("trust.admin");
    assertTrue(news.read(post).maySeeHistory());
    assertEquals(1, news.history(post).size());
  }

  @Test
  void thePublishingJobSignsItsChangesAsTheSystem() throws InterruptedException {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    Instant soon = Instant.now().plus(Duration.ofSeconds(2)).truncatedTo(ChronoUnit.SECONDS);
    long post = news.publish(form(unique("Scheduled"), Set.of(oakfield)).timed(soon, null));
    assertEquals(List.of("created", "scheduled"), news.history(post).get(0).changes());

    Thread.sleep(Duration.between(Instant.now(), soon).plusMillis(300).toMillis());
    publishing.runDue(); // what the timer does each minute (it may have run meanwhile)

    List<RevisionView> history = news.history(post);
    assertEquals(2, history.size(), "published once: " + history);
    assertEquals(List.of("published"), history.get(0).changes());
    assertTrue(history.get(0).bySystem());
    assertNull(history.get(0).editorName());
  }

  @Test
  void anAuthorsPostsAreExactlyThoseTheReaderMayRead() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    long oakfieldMember = newStaff(OAKFIELD);
    acting.as("trust.admin");
    long author = currentUser.personId();
    long forA = news.publish(form(unique("For Oakfield"), Set.of(oakfield)));
    long forB = news.publish(form(unique("For Riverside"), Set.of(riverside)));
    long forAll = news.publish(form(unique("For everyone"), Set.of()));
    long draft = news.saveDraft(form(unique("A draft"), Set.of(oakfield)));

    acting.as(oakfieldMember);
    AuthorView view = news.author(author).orElseThrow();
    assertEquals(author, view.id());
    assertFalse(view.name().isBlank());
    List<Long> listed =
        news
            .feed(FeedFilter.author(author), PageRequest.first(PageRequest.MAX_LIMIT))
            .rows()
            .stream()
            .map(FeedItem::id)
            .toList();
    assertTrue(listed.contains(forA) && listed.contains(forAll), "theirs for Oakfield: " + listed);
    assertFalse(listed.contains(forB), "not the Riverside-only post");
    assertFalse(listed.contains(draft), "not a draft");
    assertTrue(
        news
            .feed(FeedFilter.author(author), PageRequest.first(PageRequest.MAX_LIMIT))
            .rows()
            .stream()
            .allMatch(i -> i.authorId() == author),
        "only theirs");
    assertTrue(news.author(Long.MAX_VALUE - 3).isEmpty(), "nobody has this id");
  }
}
