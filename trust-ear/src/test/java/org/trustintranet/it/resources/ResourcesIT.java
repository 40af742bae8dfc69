package org.trustintranet.it.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.resources.application.DownloadFile;
import org.trustintranet.resources.application.LibraryUpkeep;
import org.trustintranet.resources.application.ResourceDetail;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceReviewService;
import org.trustintranet.resources.application.ResourceReviewService.Checklist;
import org.trustintranet.resources.application.ResourceSearchService;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.SearchCriteria;
import org.trustintranet.resources.application.SearchResults;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceRepository;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.SearchHits;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * The resource library's services inside the deployed application, against the real database: a
 * teacher shares a Word document and finds it by a word inside it within seconds; a teacher of
 * another school cannot reach a school-only resource by search, facet counts, its page, its file or
 * its versions, nor change, withdraw or rate it; bad files (too large, an executable named .pdf,
 * HTML named .docx, zero bytes) are refused leaving nothing in the database or the store; withdrawn
 * resources leave the search at once and come back when restored; ratings are one per person; the
 * quality badge needs the whole checklist; and the upkeep removes what a killed upload left.
 */
@ExtendWith(ArquillianExtension.class)
class ResourcesIT {
  static final String OAKFIELD = "Oakfield Primary School";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        ResourcesIT.class,
        Acting.class,
        LibraryRows.class,
        SampleFiles.class,
        TestCallerIdentity.class,
        TestData.class);
  }

  @Inject ResourceService library;
  @Inject ResourceSearchService search;
  @Inject ResourceReviewService reviews;
  @Inject LibraryUpkeep upkeep;
  @Inject FileStore files;
  @Inject LibraryRows rows;
  @Inject Acting acting;
  @Inject ResourceRepository repository;

  /** The bytes of each Word document shared, by its word (POI stamps each file it writes). */
  private final Map<String, byte[]> shared = new java.util.HashMap<>();

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private static ResourceForm form(long school, String title, Visibility visibility) {
    ResourceForm form = new ResourceForm();
    form.setSchoolId(school);
    form.setTitle(title);
    form.setDescription("For the tests");
    form.setSubject(Subject.MATHEMATICS);
    form.setKeyStage(KeyStage.KS2);
    form.setYearGroups(List.of(5));
    form.setType(ResourceType.WORKSHEET);
    form.setLicence(Licence.OGL);
    form.setVisibility(visibility);
    form.setTags("tests, fractions");
    return form;
  }

  /** Shares a Word document holding {@code word} as the demo teacher at Oakfield. */
  private long shareWord(String word, Visibility visibility) {
    long oakfield = acting.school(OAKFIELD);
    acting.as("teacher");
    byte[] bytes = SampleFiles.word("Lesson about " + word + " today");
    shared.put(word, bytes);
    StagedFile staged = library.stage("Plan " + word + ".docx", new ByteArrayInputStream(bytes));
    return library
        .share(form(oakfield, "Plan " + System.nanoTime(), visibility), List.of(staged.id()))
        .get(0);
  }

  private SearchResults find(String words) {
    return search.search(
        new SearchCriteria(words, null, null, null, null, null, false, null), 0, 20);
  }

  /** Polls the search as the current person until it finds {@code id}, for up to 30 seconds. */
  private boolean eventuallyFound(String words, long id) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      if (find(words).results().stream().anyMatch(r -> r.row().id() == id)) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aTeacherFindsAWordDocumentByAWordInsideIt() throws Exception {
    String word = "quokka" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    long id = shareWord(word, Visibility.TRUST);
    acting.as("teacher");
    assertTrue(eventuallyFound(word, id), "found by the word inside the file within 30 s");
    ResourceDetail detail = library.resource(id);
    assertEquals("DONE", detail.current().textState());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        detail.current().mediaType());
    DownloadFile file = library.file(id, 1, true);
    try (InputStream in = file.open().get()) {
      assertArrayEquals(shared.get(word), in.readAllBytes());
    }
    assertEquals(1, library.resource(id).downloads());

    acting.as("athro"); // Bryn Derw: sees what is shared with the trust
    assertTrue(eventuallyFound(word, id));
  }

  @Test
  void anotherSchoolsTeacherCannotReachASchoolOnlyResourceByAnyPath() throws Exception {
    String word = "wombat" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "y");
    long id = shareWord(word, Visibility.SCHOOL);
    acting.as("teacher");
    assertTrue(eventuallyFound(word, id));

    acting.as("athro"); // a teacher at Bryn Derw only
    SearchResults found = find(word);
    assertEquals(0, found.total());
    assertTrue(found.facets().values().stream().allMatch(Map::isEmpty), found.facets().toString());
    assertThrows(NotFoundException.class, () -> library.resource(id));
    assertThrows(NotFoundException.class, () -> library.file(id, 1, true));
    assertThrows(NotFoundException.class, () -> library.thumbnail(id, 1));
    assertThrows(NotFoundException.class, () -> library.editForm(id));
    assertThrows(NotFoundException.class, () -> library.withdraw(id));
    assertThrows(
        NotFoundException.class, () -> library.revise(id, form(1, "Mine now", Visibility.TRUST)));
    assertThrows(NotFoundException.class, () -> reviews.rate(id, 1, "bad"));
    assertThrows(NotFoundException.class, () -> reviews.report(id, "spam"));

    acting.as("riverside.admin"); // admin of another school
    assertThrows(NotFoundException.class, () -> library.withdraw(id));
    acting.as("staff"); // Riverside staff
    assertThrows(NotFoundException.class, () -> library.file(id, 1, false));

    acting.as("school.admin"); // Oakfield's admin may change it; staff of Oakfield may not
    library.withdraw(id);
    library.restore(id);
    acting.as("teacher");
    assertEquals(0, library.resource(id).downloads(), "nothing was counted for the refusals");
  }

  @Test
  void sharingNeedsATeacherOfThatSchool() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("athro");
    StagedFile staged = library.stage("a.docx", new ByteArrayInputStream(SampleFiles.word("x")));
    assertThrows(
        NotPermittedException.class,
        () -> library.share(form(oakfield, "Not mine", Visibility.TRUST), List.of(staged.id())));
    acting.as("teacher");
    assertThrows(
        NotFoundException.class,
        () ->
            library.share(form(oakfield, "Not my upload", Visibility.TRUST), List.of(staged.id())));
    acting.as("staff"); // a teaching assistant shares nothing
    assertThrows(
        NotPermittedException.class,
        () -> library.stage("b.docx", new ByteArrayInputStream(SampleFiles.word("y"))));
  }

  @Test
  void refusedFilesLeaveNothingBehind() {
    acting.as("teacher");
    long staged = rows.count("resource_upload");
    long resources = rows.count("resource");
    byte[] exe = SampleFiles.executable();
    assertEquals(
        "error.resources.typeRefused",
        refusal(() -> library.stage("lesson.pdf", new ByteArrayInputStream(exe))));
    byte[] html = SampleFiles.html();
    assertEquals(
        "error.resources.typeRefused",
        refusal(() -> library.stage("plan.docx", new ByteArrayInputStream(html))));
    assertEquals(
        "error.resources.emptyFile",
        refusal(() -> library.stage("empty.pdf", new ByteArrayInputStream(new byte[0]))));
    assertEquals(
        "error.file.tooLarge",
        refusal(() -> library.stage("huge.pdf", SampleFiles.generated(100L * 1024 * 1024 + 1))));
    assertEquals(staged, rows.count("resource_upload"), "no staged upload");
    assertEquals(resources, rows.count("resource"), "no resource");
    assertFalse(
        files.exists(new ContentId(SampleFiles.sha256(exe))), "the executable's bytes went");
    assertFalse(files.exists(new ContentId(SampleFiles.sha256(html))), "the HTML's bytes went");
  }

  @Test
  void badMetadataIsRefusedWithNothingWritten() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("teacher");
    long resources = rows.count("resource");
    StagedFile staged = library.stage("a.docx", new ByteArrayInputStream(SampleFiles.word("z")));
    ResourceForm wrongYear = form(oakfield, "Wrong year", Visibility.TRUST);
    wrongYear.setYearGroups(List.of(11));
    assertEquals(
        "error.resources.yearOutsideKeyStage",
        refusal(() -> library.share(wrongYear, List.of(staged.id()))));
    ResourceForm both = form(oakfield, "Both", Visibility.TRUST);
    both.setLink("https://example.org/");
    assertEquals(
        "error.resources.fileOrLink", refusal(() -> library.share(both, List.of(staged.id()))));
    ResourceForm script = form(oakfield, "Script", Visibility.TRUST);
    script.setLink("javascript:alert(1)");
    assertEquals("error.resources.linkInvalid", refusal(() -> library.share(script, List.of())));
    assertEquals(resources, rows.count("resource"));
    library.discard(staged.id());
  }

  @Test
  void withdrawnResourcesLeaveTheSearchAtOnceAndComeBack() throws Exception {
    String word = "numbat" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "z");
    long id = shareWord(word, Visibility.TRUST);
    acting.as("teacher");
    assertTrue(eventuallyFound(word, id));
    // Browsing without words: its counts are kept a minute, but forgotten at once on a change.
    long browsing = find(null).total();
    assertEquals(browsing, find(null).total());
    library.withdraw(id);
    assertEquals(0, find(word).total());
    assertEquals(browsing - 1, find(null).total(), "the library's counts forget the withdrawn");
    acting.as("athro");
    assertThrows(NotFoundException.class, () -> library.file(id, 1, false));
    acting.as("teacher");
    assertTrue(library.mine().stream().anyMatch(r -> r.row().id() == id), "listed to restore");
    library.restore(id);
    assertEquals(1, find(word).total());
    assertEquals(browsing, find(null).total());

    library.withdraw(id);
    rows.ageWithdrawal(id, Instant.now().minus(Duration.ofDays(31)));
    acting.nobody();
    upkeep.runDue();
    assertFalse(rows.exists(id), "removed 30 days after its withdrawal");
  }

  @Test
  void versionsKeepTheEarlierFiles() {
    long id = shareWord("versions", Visibility.TRUST);
    acting.as("teacher");
    StagedFile next =
        library.stage("v2.docx", new ByteArrayInputStream(SampleFiles.word("second version")));
    assertEquals(2, library.addVersion(id, next.id(), "Added answers"));
    ResourceDetail detail = library.resource(id);
    assertEquals(2, detail.currentVersion());
    assertEquals(2, detail.versions().size());
    assertEquals("Added answers", detail.current().changeNote());
    assertEquals(
        SampleFiles.sha256(shared.get("versions")), library.file(id, 1, false).contentId());
    assertThrows(NotFoundException.class, () -> library.file(id, 3, false));
  }

  @Test
  void oneRatingPerPersonEditableButNotByTheOwner() {
    long id = shareWord("ratings", Visibility.TRUST);
    acting.as("teacher");
    assertThrows(NotPermittedException.class, () -> reviews.rate(id, 5, "Mine is great"));
    acting.as("athro");
    reviews.rate(id, 2, "Too hard");
    reviews.rate(id, 4, "Better on a second look");
    assertEquals("error.resources.starsRange", refusal(() -> reviews.rate(id, 6, null)));
    acting.as("riverside.admin");
    reviews.rate(id, 5, null);
    ResourceDetail detail = library.resource(id);
    assertEquals(2, detail.ratingCount());
    assertEquals(4.5, detail.ratingScore(), 1e-9);
  }

  @Test
  void theBadgeNeedsAnOfficerAndTheWholeChecklist() throws InterruptedException {
    long id = shareWord("badge", Visibility.TRUST);
    Checklist all = new Checklist(true, true, true, true, true);
    LocalDate inAYear = LocalDate.now().plusYears(1);
    acting.as("trust.admin");
    assertThrows(NotPermittedException.class, () -> reviews.assure(id, all, inAYear));
    acting.as("education.officer");
    assertEquals(
        ResourceReviewService.CHECKLIST,
        refusal(() -> reviews.assure(id, new Checklist(true, true, false, true, true), inAYear)));
    assertEquals(
        ResourceReviewService.REVIEW_DATE,
        refusal(() -> reviews.assure(id, all, LocalDate.now().minusDays(1))));
    reviews.assure(id, all, inAYear);
    assertEquals(inAYear, library.resource(id).assuredUntil());
    // "badge" is inside the file only: found once the background has read it.
    assertTrue(eventuallyFound("badge", id));
    SearchResults assured =
        search.search(
            new SearchCriteria(
                "badge", null, null, null, null, null, true, ResourceQuery.Sort.NEWEST),
            0,
            20);
    assertTrue(assured.results().stream().anyMatch(r -> r.row().id() == id && r.assured()));
  }

  @Test
  void operatorsAreTakenLiterallyAndFacetsCountTheOtherFilters() {
    acting.as("teacher");
    SearchResults results = find("+fractions -\"number\" * line)(");
    assertTrue(
        results.results().stream()
            .anyMatch(r -> r.row().title().equals("Fractions on a number line")));
    SearchResults maths =
        search.search(
            new SearchCriteria(null, Subject.MATHEMATICS, null, null, null, null, false, null),
            0,
            5);
    assertTrue(maths.results().stream().allMatch(r -> r.row().subject() == Subject.MATHEMATICS));
    Map<String, Long> subjects = maths.facets().get("SUBJECT");
    assertTrue(subjects.size() > 1, "the subject facet counts the other subjects too: " + subjects);
    assertEquals(maths.total(), subjects.get("MATHEMATICS"));
    assertEquals("error.search.tooLong", refusal(() -> find("x".repeat(101))));
  }

  /**
   * A search whose words find few resources counts its facets and total in memory from one use of
   * the index ({@link SearchHits}); one whose words find many counts in SQL. Both must give the
   * same answer: the same total, the same facet counts and the same page, in every order.
   */
  @Test
  void countingInMemoryAndInSqlAgree() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    long oakfield = acting.school(OAKFIELD);
    int compared = 0;
    // Words of the demo library that the other tests' files never hold: their text is read in the
    // background, and a count must not change between the two ways of counting.
    for (String words : List.of("year", "number", "three", "scheme", "practical")) {
      for (boolean everything : List.of(true, false)) {
        for (Subject subject : java.util.Arrays.asList(null, Subject.MATHEMATICS)) {
          for (ResourceQuery.Sort sort : ResourceQuery.Sort.values()) {
            ResourceQuery q =
                new ResourceQuery(
                    SearchQuery.parse(words),
                    subject,
                    null,
                    null,
                    null,
                    null,
                    false,
                    sort,
                    everything,
                    true,
                    java.util.Set.of(oakfield),
                    today);
            SearchHits hits = new SearchHits(repository.hits(q, SearchHits.LIMIT).orElseThrow());
            String what = words + " " + everything + " " + subject + " " + sort;
            assertEquals(repository.count(q), hits.total(q), what);
            for (ResourceQuery.Facet facet : ResourceQuery.Facet.values()) {
              assertEquals(repository.facet(q, facet), hits.facet(q, facet), what + " " + facet);
            }
            List<Long> inSql = repository.search(q, 0, 20).stream().map(r -> r.id()).toList();
            List<Long> inMemory = hits.page(q, 0, 20);
            assertEquals(inSql, inMemory, what);
            compared += hits.total(q) > 1 ? 1 : 0;
          }
        }
      }
    }
    assertTrue(compared > 0, "some search found more than one resource");
  }

  @Test
  void anUploadLeftBehindIsRemovedWithItsBytes() throws Exception {
    acting.as("teacher");
    byte[] bytes = SampleFiles.word("left behind " + System.nanoTime());
    StagedFile staged = library.stage("left.docx", new ByteArrayInputStream(bytes));
    String content = SampleFiles.sha256(bytes);
    assertTrue(files.exists(new ContentId(content)));
    rows.ageStaged(staged.id(), Instant.now().minus(Duration.ofDays(2)));
    // What a server killed in the middle of an upload leaves in the store: a part-written file.
    java.nio.file.Path incoming =
        java.nio.file.Path.of(
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("trust.files.dir", String.class)
                    .orElse("./trust-data/files"))
            .resolve("incoming");
    java.nio.file.Files.createDirectories(incoming);
    java.nio.file.Path cut = java.nio.file.Files.createTempFile(incoming, "upload-", ".part");
    java.nio.file.Path fresh = java.nio.file.Files.createTempFile(incoming, "upload-", ".part");
    java.nio.file.Files.setLastModifiedTime(
        cut, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    acting.nobody();
    upkeep.runDue();
    assertEquals(0, rows.stagedWith(content));
    assertFalse(files.exists(new ContentId(content)), "its bytes are gone too");
    assertFalse(java.nio.file.Files.exists(cut), "the cut-off upload's part file is gone");
    assertTrue(java.nio.file.Files.exists(fresh), "an upload in progress is left alone");
    java.nio.file.Files.delete(fresh);
  }
}
