package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.uniqueEmail;

import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.news.application.AcknowledgementCount;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.FeedItem;
import org.trustintranet.news.application.FeedSlice;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostForm;
import org.trustintranet.news.application.PostView;
import org.trustintranet.news.application.ReaderAcknowledgement;
import org.trustintranet.news.application.ScheduledPublishing;
import org.trustintranet.news.infrastructure.NewsPublishingTimer;

/**
 * The news services inside the deployed application, against the real database: audiences hold on
 * every path (feed, direct read, acknowledgement, counts), school admins publish only to their own
 * schools, two editors cannot overwrite each other, and bodies are sanitised on the way in.
 */
@ExtendWith(ArquillianExtension.class)
class NewsServiceIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NewsServiceIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NewsService news;
  @Inject MustReadService mustRead;
  @Inject SchoolService schools;
  @Inject SchoolStaffService schoolStaff;
  @Inject AuditTrail audit;
  @Inject Acting acting;
  @Inject CurrentUser currentUser;
  @Inject PersonRepository people;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  @Inject ScheduledPublishing publishing;
  @Inject NewsPublishingTimer timer;

  private long newStaff(String school) {
    long id = acting.school(school);
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail("news"), "News", "Reader", null), id, SchoolRole.STAFF);
  }

  private static PostForm form(String title, Set<Long> schools, boolean mustRead) {
    return new PostForm(
        title,
        "Summary of " + title,
        "<p>Body of " + title + "</p>",
        schools.isEmpty(),
        schools,
        Set.of(),
        false,
        mustRead);
  }

  private List<FeedItem> feed() {
    return feed(FeedFilter.NONE);
  }

  private List<FeedItem> feed(FeedFilter filter) {
    return news.feed(filter, PageRequest.first(PageRequest.MAX_LIMIT)).rows();
  }

  private static boolean lists(List<FeedItem> feed, long post) {
    return feed.stream().anyMatch(i -> i.id() == post);
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + DOMAIN)).orElseThrow().getId();
  }

  private static String unique(String title) {
    return title + " " + System.nanoTime();
  }

  private static String notFoundKey(Runnable call) {
    return assertThrows(NotFoundException.class, call::run).messageKey();
  }

  @Test
  void aMemberOfAnotherSchoolReachesASchoolOnlyPostByNoPath() {
    long riverside = acting.school(RIVERSIDE);
    long oakfieldOnly = newStaff(OAKFIELD);
    long riversideOnly = newStaff(RIVERSIDE);
    String title = unique("Riverside only");
    acting.as("riverside.admin");
    long post = news.publish(form(title, Set.of(riverside), true));

    acting.as(oakfieldOnly);
    assertTrue(feed().stream().noneMatch(i -> i.id() == post), "not in the feed");
    assertTrue(feed().stream().noneMatch(i -> i.title().equals(title)));
    String missing = notFoundKey(() -> news.read(Long.MAX_VALUE - 7));
    assertEquals(missing, notFoundKey(() -> news.read(post)), "answered as a missing post");
    assertEquals(missing, notFoundKey(() -> mustRead.acknowledge(post)));
    assertEquals(missing, notFoundKey(() -> mustRead.acknowledgements(post)));
    assertEquals(missing, notFoundKey(() -> mustRead.readers(post)));
    assertThrows(BusinessException.class, () -> news.draft(post));

    acting.as("school.admin"); // admin of Oakfield: no power at Riverside
    assertEquals(missing, notFoundKey(() -> news.read(post)));
    assertThrows(
        BusinessException.class,
        () -> news.revise(post, 0, form("Taken over", Set.of(acting.school(OAKFIELD)), false)));

    acting.as(riversideOnly);
    FeedItem item = feed().stream().filter(i -> i.id() == post).findFirst().orElseThrow();
    assertTrue(item.unread() && item.mustRead());
    PostView view = news.read(post);
    assertEquals(title, view.title());
    assertTrue(view.mayAcknowledge());
    assertFalse(view.maySeeAcknowledgements() || view.mayEdit());
    assertFalse(feed().stream().filter(i -> i.id() == post).findFirst().orElseThrow().unread());
    assertThrows(NotPermittedException.class, () -> mustRead.acknowledgements(post));
    assertThrows(NotPermittedException.class, () -> mustRead.readers(post), "no names for readers");
    mustRead.acknowledge(post);
    mustRead.acknowledge(post); // a second click changes nothing

    acting.as("riverside.admin");
    List<AcknowledgementCount> counts = mustRead.acknowledgements(post);
    assertEquals(1, counts.size(), "only Riverside is in the audience: " + counts);
    AcknowledgementCount row = counts.get(0);
    assertEquals(riverside, row.schoolId());
    assertEquals(1, row.acknowledged());
    assertTrue(row.readers() > 1, "Riverside's staff: " + row);

    // The names behind the counts: every reader once, at Riverside, in name order; who confirmed.
    List<ReaderAcknowledgement> readers = mustRead.readers(post);
    assertEquals(row.readers(), readers.size());
    assertTrue(readers.stream().allMatch(r -> r.schoolId() == riverside));
    assertEquals(1, readers.stream().filter(ReaderAcknowledgement::acknowledged).count());
    assertTrue(
        readers.stream()
            .filter(ReaderAcknowledgement::acknowledged)
            .allMatch(r -> r.personId() == riversideOnly));
    assertTrue(readers.stream().noneMatch(r -> r.personId() == oakfieldOnly));
    List<String> names = readers.stream().map(ReaderAcknowledgement::name).toList();
    assertEquals(
        names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "in name order");
  }

  @Test
  void aSchoolAdminPublishesOnlyToTheirOwnSchools() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    long entries = audit.count(AuditQuery.ALL);
    String title = unique("Smuggled");

    acting.as("school.admin");
    assertThrows(
        NotPermittedException.class, () -> news.publish(form(title, Set.of(riverside), false)));
    assertThrows(
        NotPermittedException.class,
        () -> news.publish(form(title, Set.of(oakfield, riverside), false)));
    assertThrows(NotPermittedException.class, () -> news.publish(form(title, Set.of(), false)));
    assertThrows(
        NotPermittedException.class, () -> news.saveDraft(form(title, Set.of(riverside), false)));
    BusinessException empty =
        assertThrows(
            BusinessException.class,
            () ->
                news.publish(
                    new PostForm(
                        title, null, "<p>x</p>", false, Set.of(), Set.of(), false, false)));
    assertEquals("error.news.audienceEmpty", empty.messageKey());
    assertThrows(
        ConstraintViolationException.class,
        () -> news.publish(form(" ", Set.of(oakfield), false)),
        "an empty title");
    assertThrows(
        ConstraintViolationException.class,
        () -> news.publish(form("x".repeat(201), Set.of(oakfield), false)),
        "an over-long title");
    assertEquals(
        "error.news.bodyEmpty",
        assertThrows(
                BusinessException.class,
                () ->
                    news.publish(
                        new PostForm(
                            title,
                            null,
                            "<script>alert(1)</script>",
                            false,
                            Set.of(oakfield),
                            Set.of(),
                            false,
                            false)))
            .messageKey());
    assertEquals(
        Set.of(oakfield),
        Set.copyOf(news.publishingScope().schools().stream().map(s -> s.id()).toList()));
    assertFalse(news.publishingScope().wholeTrust());

    acting.as("staff");
    assertThrows(
        NotPermittedException.class, () -> news.publish(form(title, Set.of(riverside), false)));

    acting.as("trust.admin");
    assertEquals(entries, audit.count(AuditQuery.ALL), "nothing was written");
    assertTrue(feed().stream().noneMatch(i -> i.title().equals(title)));

    acting.as("school.admin");
    long own = news.publish(form(unique("Oakfield only"), Set.of(oakfield), false));
    assertEquals(own, news.read(own).id());
  }

  @Test
  void theSecondOfTwoEditorsIsToldAndNothingIsLost() {
    acting.as("news.editor");
    long post = news.saveDraft(form(unique("Two editors"), Set.of(), false));
    long version = news.draft(post).version();
    acting.as("trust.admin");
    String firstEditor = currentUser.profile().displayName();
    news.revise(post, version, form("First editor's title", Set.of(), false));
    acting.as("news.editor");
    ConcurrentChangeException told =
        assertThrows(
            ConcurrentChangeException.class,
            () -> news.revise(post, version, form("Second editor's title", Set.of(), false)));
    assertEquals("error.concurrentChangeBy", told.messageKey());
    assertEquals(firstEditor, told.arguments()[0], "the second editor is told who changed it");
    assertThrows(
        ConcurrentChangeException.class,
        () -> news.publishDraft(post, version, form("Second editor's title", Set.of(), false)));
    assertEquals("First editor's title", news.draft(post).form().title());
    assertTrue(news.draft(post).draft(), "still a draft");

    acting.as("staff");
    assertThrows(NotFoundException.class, () -> news.read(post), "a draft is not for readers");
  }

  @Test
  void bodiesAreSanitisedOnTheWayIn() {
    acting.as("trust.admin");
    String body =
        "<p onclick=\"alert(1)\">Kept text</p><script>alert(2)</script>"
            + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">link</a>"
            + "<iframe srcdoc=\"<script>alert(5)</script>\"></iframe>"
            + "<a href=\"https://example.org/\">fine</a>#{currentUser.profile()}";
    long post =
        news.publish(
            new PostForm(unique("Sanitised"), null, body, true, Set.of(), Set.of(), true, false));
    String stored = news.read(post).body().toLowerCase(Locale.ROOT);
    for (String live :
        List.of("<script", "onclick", "onerror", "javascript:", "<iframe", "srcdoc", "<img")) {
      assertFalse(stored.contains(live), live + " in " + stored);
    }
    assertTrue(stored.contains("kept text") && stored.contains("https://example.org/"), stored);

    acting.as("staff");
    List<FeedItem> feed = feed();
    assertTrue(feed.get(0).pinned(), "pinned posts come first");
    int firstUnpinned = 0;
    while (firstUnpinned < feed.size() && feed.get(firstUnpinned).pinned()) {
      firstUnpinned++;
    }
    for (int i = firstUnpinned; i < feed.size(); i++) {
      assertFalse(feed.get(i).pinned(), "no pinned post after an unpinned one");
      if (i > firstUnpinned) {
        assertFalse(
            feed.get(i).publishedAt().isAfter(feed.get(i - 1).publishedAt()), "newest first");
      }
    }
  }

  @Test
  void theFeedIsPagedAndTheDemoNewsIsThere() {
    acting.as("teacher"); // Oakfield and Riverside
    var first = news.feed(FeedFilter.NONE, PageRequest.first(2));
    assertEquals(2, first.rows().size());
    assertTrue(first.more(), "more than two demo posts for both schools and the trust");
    var second = news.feed(FeedFilter.NONE, new PageRequest(2, 2, null, false));
    assertTrue(second.rows().stream().noneMatch(r -> first.rows().contains(r)));
    List<String> titles = feed().stream().map(FeedItem::title).toList();
    assertTrue(
        titles.contains("Learning together: what our schools can teach each other"),
        titles.toString());
    assertFalse(titles.contains("Noson agored i rieni newydd"), "Bryn Derw's own news");
    assertFalse(titles.contains("Spring term professional learning booklet"), "a draft");
  }

  @Test
  void aScheduledPostAppearsAtItsTimeAndAnEndedOneLeaves() throws InterruptedException {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    // Whole seconds: the editor's date picker chooses minutes, and the database may keep no less.
    Instant soon = Instant.now().plus(Duration.ofSeconds(3)).truncatedTo(ChronoUnit.SECONDS);
    long scheduled =
        news.publish(form(unique("Scheduled"), Set.of(oakfield), true).timed(soon, null));
    long ending = news.publish(form(unique("Ending"), Set.of(oakfield), true).timed(null, soon));
    assertEquals("SCHEDULED", news.read(scheduled).state(), "its author sees it");

    acting.as("teacher"); // Oakfield and Riverside
    assertFalse(lists(feed(), scheduled), "not yet due");
    assertEquals("error.news.notFound", notFoundKey(() -> news.read(scheduled)));
    assertEquals("error.news.notFound", notFoundKey(() -> mustRead.acknowledge(scheduled)));
    assertTrue(lists(feed(), ending), "not ended yet");

    Thread.sleep(Duration.between(Instant.now(), soon).plusMillis(300).toMillis());
    assertFalse(lists(feed(), ending), "gone at its end, whether or not the job has run");
    assertEquals("error.news.notFound", notFoundKey(() -> news.read(ending)));
    assertEquals("error.news.notFound", notFoundKey(() -> mustRead.acknowledge(ending)));
    publishing.runDue(); // what the timer does each minute (it may have run meanwhile)

    FeedItem shown = feed().stream().filter(i -> i.id() == scheduled).findFirst().orElseThrow();
    assertEquals(soon, shown.publishedAt(), "dated at its set time");
    assertEquals("PUBLISHED", news.read(scheduled).state());
    mustRead.acknowledge(scheduled);
    assertFalse(lists(feed(), ending));
    assertEquals("error.news.notFound", notFoundKey(() -> news.read(ending)));

    acting.as("school.admin");
    PostView ended = news.read(ending);
    assertEquals("EXPIRED", ended.state(), "still there for its author");
    assertEquals(soon, ended.expiresAt());
    assertEquals(0, publishing.runDue() - publishing.runDue(), "nothing more is due twice");
  }

  @Test
  void theTimerRunsThePublishingJobEveryMinuteWithoutPersistence() {
    Collection<Timer> timers = timer.timers();
    assertEquals(1, timers.size(), timers.toString());
    Timer t = timers.iterator().next();
    assertEquals(NewsPublishingTimer.INFO, t.getInfo());
    assertTrue(t.isCalendarTimer());
    assertFalse(t.isPersistent(), "non-persistent: each instance has its own");
    assertEquals("*", t.getSchedule().getMinute());
    assertTrue(
        Duration.between(Instant.now(), t.getNextTimeout().toInstant()).toSeconds() <= 60,
        "fires within a minute");
  }

  @Test
  void timesInThePastAndEndsBeforeTheStartAreRefused() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    long entries = countAudit();
    Instant now = Instant.now();
    PostForm form = form(unique("Badly timed"), Set.of(oakfield), false);
    assertEquals(
        "error.news.publishAtPast",
        assertThrows(
                BusinessException.class,
                () -> news.publish(form.timed(now.minus(Duration.ofMinutes(1)), null)))
            .messageKey());
    assertEquals(
        "error.news.expiresBeforePublish",
        assertThrows(
                BusinessException.class,
                () ->
                    news.publish(
                        form.timed(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)))))
            .messageKey());
    assertEquals(
        "error.news.expiresPast",
        assertThrows(
                BusinessException.class,
                () -> news.publish(form.timed(null, now.minus(Duration.ofMinutes(1)))))
            .messageKey());
    assertEquals(
        "error.news.tooManyTags",
        assertThrows(
                BusinessException.class,
                () -> news.publish(form.tagged("a, b, c, d, e, f, g, h, i, j, k")))
            .messageKey());
    assertEquals(entries, countAudit(), "nothing was written");
  }

  private long countAudit() {
    long me = currentUser.profile().personId();
    acting.as("trust.admin");
    long count = audit.count(AuditQuery.ALL);
    acting.as(me);
    return count;
  }

  @Test
  void youMayAlsoLikeListsOtherPostsSharingATagThatTheReaderMayRead() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    long oakfieldOnly = newStaff(OAKFIELD);
    String tag = "related " + System.nanoTime();
    acting.as("trust.admin");
    long opened = news.publish(form(unique("Opened"), Set.of(), false).tagged(tag));
    long forAll = news.publish(form(unique("For all"), Set.of(), false).tagged(tag + ", maths"));
    long forOakfield = news.publish(form(unique("Oakfield"), Set.of(oakfield), false).tagged(tag));
    long forRiverside =
        news.publish(form(unique("Riverside"), Set.of(riverside), false).tagged(tag));
    news.publish(form(unique("Untagged"), Set.of(), false));

    acting.as(oakfieldOnly);
    assertEquals(
        List.of(forOakfield, forAll),
        news.related(opened).stream().map(FeedItem::id).toList(),
        "newest first, never itself, never Riverside's");
    acting.as("riverside.admin");
    assertTrue(news.related(opened).stream().anyMatch(i -> i.id() == forRiverside));
    assertThrows(NotFoundException.class, () -> news.related(forOakfield), "not aimed at them");
  }

  @Test
  void theFeedFiltersBySchoolTagAndAuthorButNeverWidens() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    String tag = "filter " + System.nanoTime();
    acting.as("riverside.admin");
    long post =
        news.publish(
            form(unique("Tagged"), Set.of(riverside), false)
                .tagged(" Science, " + tag.toUpperCase()));
    assertEquals(List.of(tag, "science"), news.read(post).tags(), "lower-case, sorted");

    acting.as("teacher"); // Oakfield and Riverside
    List<FeedItem> tagged = feed(FeedFilter.tag(tag));
    assertEquals(List.of(post), tagged.stream().map(FeedItem::id).toList());
    assertEquals(List.of(tag, "science"), tagged.get(0).tags());
    FeedSlice byTag = news.feed(FeedFilter.tag(" " + tag.toUpperCase()), PageRequest.first(5));
    assertEquals(1, byTag.rows().size());
    assertFalse(byTag.more(), "one post: no more");
    assertFalse(
        news.feed(FeedFilter.tag(tag), PageRequest.first(1)).more(), "a page of exactly one");
    assertTrue(lists(feed(FeedFilter.school(riverside)), post));
    assertFalse(lists(feed(FeedFilter.school(oakfield)), post), "aimed at Riverside only");
    assertTrue(
        feed(FeedFilter.school(oakfield)).stream()
            .noneMatch(i -> i.title().startsWith("Learning together")),
        "a school's news is what is aimed at that school, not the whole trust's");
    assertTrue(lists(feed(FeedFilter.author(personId("riverside.admin"))), post));
    assertTrue(
        feed(FeedFilter.author(personId("riverside.admin"))).stream()
            .allMatch(i -> i.authorId() == personId("riverside.admin")));
    assertFalse(lists(feed(FeedFilter.author(personId("school.admin"))), post));
    assertTrue(feed(new FeedFilter(riverside, tag, personId("riverside.admin"))).size() == 1);

    acting.as("school.admin"); // Oakfield only
    assertTrue(feed(FeedFilter.school(riverside)).isEmpty(), "not her school: nothing at all");
    assertTrue(news.feed(FeedFilter.school(riverside), PageRequest.first(5)).rows().isEmpty());
    assertTrue(feed(FeedFilter.tag(tag)).isEmpty());
    assertFalse(lists(feed(FeedFilter.author(personId("riverside.admin"))), post));
    assertTrue(feed(FeedFilter.tag("<script>")).isEmpty(), "a tag no post can have");
  }
}
