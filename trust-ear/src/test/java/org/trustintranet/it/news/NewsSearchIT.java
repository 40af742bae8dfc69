package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.FeedSlice;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;

/**
 * The news search inside the deployed application, against the real database and its own full-text
 * index (MariaDB's FULLTEXT in CI; H2's FullText in a default run): the best matches first (MariaDB
 * ranks; H2 does not, so there only the matches are checked), title, summary, tags and the body's
 * text found but not its markup, operators taken as words, and only the posts the searcher may read
 * by the feed's rule: a school-only post by that school alone, no draft, scheduled, archived or
 * ended post.
 */
@ExtendWith(ArquillianExtension.class)
class NewsSearchIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NewsSearchIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NewsService news;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** True when the intranet under test runs on MariaDB/MySQL, whose full-text index ranks. */
  private static boolean ranked() {
    return System.getProperty("trust.db.url", "").matches("jdbc:(mysql|mariadb):.*");
  }

  /** A word no other post has: letters only, so that every full-text parser keeps it whole. */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static PostForm form(String title, String summary, String body) {
    return new PostForm(title, summary, body, true, Set.of(), Set.of(), false, false);
  }

  private static PostForm forSchool(String title, String body, long school) {
    return new PostForm(title, null, body, false, Set.of(school), Set.of(), false, false);
  }

  private List<Long> search(String query) {
    return news.search(query, PageRequest.first(PageRequest.MAX_LIMIT)).rows().stream()
        .map(FeedItem::id)
        .toList();
  }

  private long newStaff(String school) {
    long id = acting.school(school);
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail("search"), "Search", "Reader", null), id, SchoolRole.STAFF);
  }

  @Test
  void theBestMatchesComeFirstAndEveryFieldButMarkupIsSearched() {
    String w = word();
    String tag = word();
    String emphasised = word();
    String address = word();
    acting.as("news.editor");
    long strong =
        news.publish(form("All about " + w, w + " in the summary", "<p>" + w + ", " + w + "</p>"));
    long weak =
        news.publish(
            form(
                "Other news",
                null,
                "<p>A long post that mentions " + w + " once among many other words.</p>"));
    long tagged = news.publish(form("Tagged post", null, "<p>Nothing to see</p>").tagged(tag));
    long html =
        news.publish(
            form(
                "Markup",
                null,
                "<p>Fr<b>ac</b>tions and <strong>"
                    + emphasised
                    + "</strong> &amp; <a href=\"https://example.org/"
                    + address
                    + "\">a link</a></p>"));

    acting.as("staff");
    List<Long> found = search(w);
    assertEquals(Set.of(strong, weak), Set.copyOf(found), "title, summary and body");
    if (ranked()) {
      assertEquals(List.of(strong, weak), found, "the better match first, though older");
    }
    assertEquals(found.size(), search(w.toUpperCase(Locale.ROOT)).size(), "whatever the case");
    assertEquals(List.of(tagged), search(tag), "tags");
    assertEquals(List.of(html), search(emphasised), "the body's text, through its markup");
    assertEquals(List.of(), search(address), "not the markup: a link's address is no text");
    assertTrue(search("fractions " + emphasised).contains(html), "a word split by emphasis");
  }

  @Test
  void operatorsTypedAreTakenAsWords() {
    String a = word();
    String b = word();
    acting.as("news.editor");
    long both = news.publish(form("Operators " + a, null, "<p>" + a + " and " + b + "</p>"));

    acting.as("teacher");
    // In boolean mode "-b" would exclude the post, and a lone "*" or an open quote be an error.
    assertTrue(search("+" + a + " -\"" + b + "\" *").contains(both));
    assertTrue(search("\"" + a + " (" + b + ")~ <>@").contains(both));
    assertTrue(search(a + "' OR '1'='1").contains(both) || !ranked(), "words, not SQL");
    assertEquals(List.of(), search("* + - \" ( ) < > ~ @"), "only operators: no search");
    search("'; DROP TABLE post; --"); // the words "drop table post", nothing more
    assertTrue(search(a).contains(both), "the table is still there");
  }

  @Test
  void aSchoolOnlyPostIsFoundByItsSchoolAlone() {
    long riverside = acting.school(RIVERSIDE);
    long oakfieldOnly = newStaff(OAKFIELD);
    long riversideOnly = newStaff(RIVERSIDE);
    String w = word();
    acting.as("riverside.admin");
    long post =
        news.publish(
            forSchool("Riverside only " + w, "<p>For Riverside: " + w + "</p>", riverside));

    acting.as(oakfieldOnly);
    assertEquals(List.of(), search(w), "a member of Oakfield finds nothing");
    assertFalse(search("riverside only " + w).contains(post), "nor by its title's words");
    acting.as("school.admin"); // Oakfield's admin: no power at Riverside
    assertEquals(List.of(), search(w));

    acting.as(riversideOnly);
    assertEquals(List.of(post), search(w), "a member of Riverside finds it");
    assertTrue(
        news.feed(FeedFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT)).rows().stream()
            .anyMatch(i -> i.id() == post),
        "as the feed shows it");
    acting.as("teacher"); // Oakfield and Riverside
    assertEquals(List.of(post), search(w));
  }

  @Test
  void aPostForSomeRolesIsFoundByThoseWhoHoldThem() {
    long oakfield = acting.school(OAKFIELD);
    String w = word();
    acting.as("news.editor");
    long teachers =
        news.publish(
            new PostForm(
                "Teachers " + w,
                null,
                "<p>" + w + "</p>",
                false,
                Set.of(oakfield),
                Set.of(SchoolRole.TEACHER),
                false,
                false));
    long admins =
        news.publish(
            new PostForm(
                "Admins " + w,
                null,
                "<p>" + w + "</p>",
                true,
                Set.of(),
                Set.of(SchoolRole.SCHOOL_ADMIN),
                false,
                false));

    acting.as("teacher"); // a teacher at Oakfield
    assertEquals(List.of(teachers), search(w));
    acting.as("school.admin"); // Oakfield's school admin, not a teacher
    assertEquals(List.of(admins), search(w));
    acting.as("riverside.admin");
    assertEquals(List.of(admins), search(w));
    acting.as("staff");
    assertEquals(List.of(), search(w));
  }

  @Test
  void draftsScheduledArchivedAndEndedPostsAreNotFound() throws InterruptedException {
    long oakfield = acting.school(OAKFIELD);
    String w = word();
    acting.as("school.admin");
    Instant soon = Instant.now().plus(Duration.ofSeconds(3)).truncatedTo(ChronoUnit.SECONDS);
    long draft = news.saveDraft(forSchool("Draft " + w, "<p>" + w + "</p>", oakfield));
    long scheduled =
        news.publish(
            forSchool("Scheduled " + w, "<p>" + w + "</p>", oakfield)
                .timed(soon.plus(Duration.ofDays(1)), null));
    long archived = news.publish(forSchool("Archived " + w, "<p>" + w + "</p>", oakfield));
    news.archive(archived, news.draft(archived).version());
    long ending =
        news.publish(forSchool("Ending " + w, "<p>" + w + "</p>", oakfield).timed(null, soon));
    long published = news.publish(forSchool("Published " + w, "<p>" + w + "</p>", oakfield));

    assertEquals(Set.of(published, ending), Set.copyOf(search(w)), "its author reads as a reader");
    acting.as("staff"); // Riverside: none of them
    assertEquals(List.of(), search(w));
    acting.as("teacher"); // Oakfield and Riverside
    assertEquals(Set.of(published, ending), Set.copyOf(search(w)));
    Thread.sleep(Duration.between(Instant.now(), soon).plusMillis(300).toMillis());
    assertEquals(List.of(published), search(w), "gone at its end, whether or not the job ran");
    assertFalse(search(w).contains(draft) || search(w).contains(scheduled));
  }

  @Test
  void resultsComeAPageAtATime() {
    String w = word();
    acting.as("news.editor");
    for (int i = 0; i < 12; i++) {
      news.publish(form("Paged " + i, null, "<p>" + w + " number " + i + "</p>"));
    }
    acting.as("staff");
    FeedSlice first = news.search(w, PageRequest.first(10));
    assertEquals(10, first.rows().size());
    assertTrue(first.more());
    FeedSlice second = news.search(w, new PageRequest(10, 10, null, false));
    assertEquals(2, second.rows().size());
    assertFalse(second.more());
    assertTrue(second.rows().stream().noneMatch(first.rows()::contains));
    FeedItem item = first.rows().get(0);
    assertFalse(item.authorName().isBlank(), "the author is named");
    assertTrue(item.publishedAt() != null);
  }

  @Test
  void anEmptyQueryFindsNothingAndAnOverLongOneIsRefused() {
    acting.as("staff");
    FeedSlice none = news.search("   ", PageRequest.first(10));
    assertTrue(none.rows().isEmpty() && !none.more());
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> news.search("x".repeat(101), PageRequest.first(10)));
    assertEquals("error.search.tooLong", refused.messageKey());
  }
}
