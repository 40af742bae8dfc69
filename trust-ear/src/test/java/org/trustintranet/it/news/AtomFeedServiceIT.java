package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.inject.Inject;
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
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.news.application.AtomEntryView;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.AtomFeedView;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * Atom feeds inside the deployed application, against the real database: a personal feed holds
 * exactly what its owner may read now (the home feed's rule), whatever the token is asked by; a
 * revoked, replaced, junk or leaver's token is not found; the public feed holds only public posts
 * to the whole trust; only a post to the whole trust may be public.
 */
@ExtendWith(ArquillianExtension.class)
class AtomFeedServiceIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        AtomFeedServiceIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject AtomFeedService feeds;
  @Inject NewsService news;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;
  @Inject AuditTrail audit;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long newStaff(String school) {
    long id = acting.school(school);
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail("atom"), "Atom", "Reader", null), id, SchoolRole.STAFF);
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

  private static String unique(String title) {
    return title + " " + System.nanoTime();
  }

  private static boolean holds(AtomFeedView feed, long post) {
    return feed.entries().stream().anyMatch(e -> e.id() == post);
  }

  private String tokenOf(long person) {
    acting.as(person);
    String token = feeds.createMyFeedToken();
    acting.nobody();
    return token;
  }

  @Test
  void aPersonalFeedHoldsExactlyWhatItsOwnerMayReadAndNeedsNoSignIn() {
    long riverside = acting.school(RIVERSIDE);
    long oakfieldReader = newStaff(OAKFIELD);
    long riversideReader = newStaff(RIVERSIDE);
    acting.as("trust.admin");
    long riversideOnly = news.publish(form(unique("Riverside only"), Set.of(riverside)));
    long trustWide = news.publish(form(unique("Trust wide"), Set.of()));
    long draft = news.saveDraft(form(unique("Draft"), Set.of()));
    long scheduled =
        news.publish(
            form(unique("Scheduled"), Set.of())
                .timed(Instant.now().plus(2, ChronoUnit.DAYS), null));
    long archived = news.publish(form(unique("Archived"), Set.of()));
    news.archive(archived, news.draft(archived).version());
    long teachersOnly =
        news.publish(
            new PostForm(
                unique("Teachers only"),
                null,
                "<p>For teachers</p>",
                true,
                Set.of(),
                Set.of(SchoolRole.TEACHER),
                false,
                false));

    String oakfieldToken = tokenOf(oakfieldReader);
    String riversideToken = tokenOf(riversideReader);

    // nobody signed in: the token alone opens the feed
    AtomFeedView oakfield = feeds.personalFeed(oakfieldToken);
    assertTrue(holds(oakfield, trustWide), "a trust-wide post is in every feed");
    assertFalse(holds(oakfield, riversideOnly), "a Riverside-only post is not in Oakfield's");
    for (long absent : List.of(draft, scheduled, archived, teachersOnly)) {
      assertFalse(holds(oakfield, absent), "drafts, scheduled, archived, other roles: " + absent);
    }
    AtomFeedView riversideFeed = feeds.personalFeed(riversideToken);
    assertTrue(holds(riversideFeed, riversideOnly));
    assertTrue(holds(riversideFeed, trustWide));

    // newest first, with what a reader needs: title, body, author, dates
    List<Instant> published = oakfield.entries().stream().map(AtomEntryView::published).toList();
    assertEquals(published.stream().sorted((a, b) -> b.compareTo(a)).toList(), published);
    AtomEntryView entry =
        oakfield.entries().stream().filter(e -> e.id() == trustWide).findFirst().orElseThrow();
    assertTrue(entry.body().startsWith("<p>Body of Trust wide"));
    assertFalse(entry.authorName().isBlank());
    assertTrue(oakfield.entries().size() <= AtomFeedService.ENTRIES);
    assertFalse(oakfield.key().contains(oakfieldToken), "the feed's id never holds the token");

    // the person's membership changes: the same token shows what they may read now
    acting.as("trust.admin");
    schoolStaff.assign(oakfieldReader, riverside, SchoolRole.STAFF);
    acting.nobody();
    assertTrue(holds(feeds.personalFeed(oakfieldToken), riversideOnly), "now at Riverside too");
    acting.as("trust.admin");
    schoolStaff.endMembership(oakfieldReader, riverside);
    acting.nobody();
    assertFalse(holds(feeds.personalFeed(oakfieldToken), riversideOnly), "no longer there");
  }

  @Test
  void revokedReplacedJunkAndLeaversTokensAreNotFound() {
    long reader = newStaff(OAKFIELD);
    acting.as(reader);
    assertFalse(feeds.myFeedAddress().exists());
    String first = feeds.createMyFeedToken();
    assertTrue(feeds.myFeedAddress().exists());
    String second = feeds.createMyFeedToken();
    assertNotEquals(first, second);
    acting.nobody();

    String missing =
        assertThrows(NotFoundException.class, () -> feeds.personalFeed(first)).messageKey();
    assertFalse(feeds.personalFeed(second).key().isEmpty(), "the new token works");
    for (String junk :
        List.of("", "x", "../../etc/passwd", second + "x", second.toUpperCase(), "' or 1=1 --")) {
      if (!junk.equals(second)) {
        assertEquals(
            missing,
            assertThrows(NotFoundException.class, () -> feeds.personalFeed(junk)).messageKey());
      }
    }

    acting.as("trust.admin");
    long entries = audit.count(AuditQuery.ALL);
    acting.as(reader);
    feeds.revokeMyFeedToken();
    assertFalse(feeds.myFeedAddress().exists());
    acting.as("trust.admin");
    assertEquals(entries + 1, audit.count(AuditQuery.ALL), "revoking is in the audit trail");
    acting.nobody();
    assertThrows(NotFoundException.class, () -> feeds.personalFeed(second), "revoked at once");

    // a leaver's token opens nothing
    String leavers = tokenOf(reader);
    feeds.personalFeed(leavers);
    acting.as("trust.admin");
    administration.markLeft(reader, directory.person(reader).version());
    acting.nobody();
    assertThrows(NotFoundException.class, () -> feeds.personalFeed(leavers));

    // nobody signed in makes or revokes no address
    assertThrows(NotPermittedException.class, () -> feeds.createMyFeedToken());
    assertThrows(NotPermittedException.class, () -> feeds.revokeMyFeedToken());
  }

  @Test
  void thePublicFeedHoldsOnlyPublicPostsToTheWholeTrust() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("trust.admin");
    long shared = news.publish(form(unique("Open day"), Set.of()).inPublicFeed(true));
    long internal = news.publish(form(unique("Staff only"), Set.of()));
    long publicDraft = news.saveDraft(form(unique("Public draft"), Set.of()).inPublicFeed(true));
    long schoolPost = news.publish(form(unique("School"), Set.of(oakfield)));
    long entries = audit.count(AuditQuery.ALL);
    String title = unique("Smuggled public");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> news.publish(form(title, Set.of(oakfield)).inPublicFeed(true)));
    assertEquals("error.news.publicNeedsWholeTrust", refused.messageKey());
    assertEquals(entries, audit.count(AuditQuery.ALL), "nothing saved");
    assertThrows(
        BusinessException.class,
        () ->
            news.revise(
                shared,
                news.draft(shared).version(),
                form("Narrowed", Set.of(oakfield)).inPublicFeed(true)));
    assertTrue(news.draft(shared).form().publicFeed());
    acting.nobody();

    AtomFeedView open = feeds.publicFeed();
    assertTrue(holds(open, shared));
    for (long absent : List.of(internal, publicDraft, schoolPost)) {
      assertFalse(holds(open, absent), "not public: " + absent);
    }

    // taken off the public feed by its editor
    acting.as("trust.admin");
    news.revise(shared, news.draft(shared).version(), form("Open day", Set.of()));
    acting.nobody();
    assertFalse(holds(feeds.publicFeed(), shared));
  }
}
