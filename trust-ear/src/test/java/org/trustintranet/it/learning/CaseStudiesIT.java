package org.trustintranet.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.networks.application.CaseStudyDetail;
import org.trustintranet.networks.application.CaseStudyDownload;
import org.trustintranet.networks.application.CaseStudyEventView;
import org.trustintranet.networks.application.CaseStudyFileService;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.networks.application.CaseStudyView;
import org.trustintranet.networks.application.SchoolExpertiseView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.networks.domain.CaseStudyQuery;
import org.trustintranet.networks.domain.CaseStudyState;
import org.trustintranet.networks.domain.CaseStudyStep;

/**
 * Case studies against the real database (issue 14): only education officers return, approve and
 * publish; another school's people neither see a draft nor edit it; a case study returned with
 * comments is edited, resubmitted, approved and published, each step in its history and mailed to
 * its author; the library's full-text search finds it once published and never a draft, and "find
 * expertise" counts it for its school; bad input is refused with nothing saved; files are attached
 * by its owners and downloaded by whoever sees it; and over HTTP, hidden pages, a file's download
 * and a crafted approval.
 */
@ExtendWith(ArquillianExtension.class)
class CaseStudiesIT {
  private static final String OAKFIELD = "Oakfield Primary School";
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            CaseStudiesIT.class, Acting.class, TestCallerIdentity.class, TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject CaseStudyService studies;
  @Inject CaseStudyFileService files;
  @Inject TeachingProfileService profiles;
  @Inject Acting acting;

  @ArquillianResource URL base;

  @AfterEach
  void nobody() {
    if (acting != null) {
      acting.nobody();
    }
  }

  /** A word nobody else writes: letters and digits only, so the search takes it whole. */
  private static String uniqueWord() {
    return "zq" + Long.toString(System.nanoTime(), 36);
  }

  private long area(String name) {
    return profiles.focusAreas().areas().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private CaseStudyDetails details(String title, long school, String word) {
    return new CaseStudyDetails(
        title,
        school,
        Phase.PRIMARY,
        area("Questioning"),
        "Mathematics",
        "Pupils answered in single words; " + word + " was our project's name.",
        "Every lesson used no-hands-up questioning and longer wait time.",
        "Pupils' explanations in books grew longer and more precise.",
        "Tom Fletcher");
  }

  /** A draft of Oakfield by the demo teacher, with a unique word in its context. */
  private long oakfieldDraft(String title, String word) {
    long oakfield = acting.school(OAKFIELD);
    acting.as("teacher");
    return studies.create(details(title, oakfield, word));
  }

  private CaseStudyState stateOf(long id) {
    acting.as("trust.admin");
    return studies.caseStudy(id).caseStudy().state();
  }

  private List<CaseStudyView> search(String words) {
    return studies.library(new CaseStudyQuery(SearchQuery.parse(words), null, null, null));
  }

  private static String key(Supplier<?> call) {
    return assertThrows(BusinessException.class, call::get).messageKey();
  }

  @Test
  void onlyEducationOfficersReturnApproveAndPublish() {
    long id = oakfieldDraft("Questioning in Year 6 " + uniqueWord(), uniqueWord());
    studies.submit(id);
    for (String user : List.of("teacher", "school.admin", "trust.admin", "riverside.admin")) {
      acting.as(user);
      assertFalse(studies.mayReview(), user);
      assertThrows(NotPermittedException.class, () -> studies.approve(id), user);
      assertThrows(NotPermittedException.class, () -> studies.publish(id), user);
      assertThrows(NotPermittedException.class, () -> studies.returnWithComments(id, "No"), user);
      assertThrows(NotPermittedException.class, () -> studies.reviewQueue(), user);
    }
    assertEquals(CaseStudyState.SUBMITTED, stateOf(id), "unchanged");
    acting.as("education.officer");
    assertTrue(studies.reviewQueue().stream().anyMatch(c -> c.id() == id), "in the queue");
    CaseStudyDetail seen = studies.caseStudy(id);
    assertTrue(seen.mayReview());
    assertFalse(seen.mayPublish(), "not yet approved");
    assertEquals(
        "error.caseStudy.transition", key(() -> run(() -> studies.publish(id))), "approve first");
    studies.approve(id);
    assertEquals(CaseStudyState.APPROVED, stateOf(id));
  }

  @Test
  void anotherSchoolsPeopleNeitherSeeNorEditADraft() {
    String word = uniqueWord();
    long oakfield = acting.school(OAKFIELD);
    long id = oakfieldDraft("Oakfield's own " + word, word);
    acting.as("riverside.admin");
    assertThrows(NotFoundException.class, () -> studies.caseStudy(id), "a draft: not found");
    assertThrows(
        NotPermittedException.class,
        () -> studies.change(id, details("Taken over " + word, oakfield, word)));
    assertThrows(NotPermittedException.class, () -> studies.submit(id));
    assertThrows(
        NotPermittedException.class,
        () -> studies.create(details("Riverside writes for Oakfield", oakfield, word)));
    assertTrue(studies.inProgress().stream().noneMatch(c -> c.id() == id));
    acting.as("athro");
    assertThrows(NotPermittedException.class, () -> studies.submit(id));
    acting.as("education.officer");
    assertThrows(NotFoundException.class, () -> studies.caseStudy(id), "not yet submitted");
    acting.as("school.admin");
    CaseStudyDetail own = studies.caseStudy(id);
    assertTrue(own.mayEdit(), "the school's admin edits its drafts");
    assertTrue(own.caseStudy().title().startsWith("Oakfield's own"), "unchanged");
    studies.change(id, details("Oakfield's own, revised " + word, oakfield, word));
    assertTrue(studies.inProgress().stream().anyMatch(c -> c.id() == id));
    acting.as("teacher");
    studies.submit(id);
    acting.as("school.admin");
    assertFalse(studies.caseStudy(id).mayEdit(), "submitted: no longer edited");
    assertEquals(
        "error.caseStudy.notEditable",
        key(() -> run(() -> studies.change(id, details("Late change", oakfield, word)))));
  }

  @Test
  void returnedEditedResubmittedApprovedPublishedAndFound() throws Exception {
    String word = uniqueWord();
    long oakfield = acting.school(OAKFIELD);
    long id = oakfieldDraft("Wait time in mathematics " + word, word);
    studies.submit(id);
    acting.as("education.officer");
    studies.returnWithComments(id, "Say how you measured the longer explanations.");
    acting.as("teacher");
    CaseStudyDetail returned = studies.caseStudy(id);
    assertEquals(CaseStudyState.RETURNED, returned.caseStudy().state());
    assertTrue(returned.mayEdit(), "editable again");
    studies.change(id, details("Wait time in mathematics, measured " + word, oakfield, word));
    studies.submit(id);
    acting.as("education.officer");
    studies.approve(id);
    assertTrue(search(word).isEmpty(), "approved, not yet published: not in the library");
    studies.publish(id);

    acting.as("riverside.admin");
    List<CaseStudyView> found = search(word);
    assertEquals(1, found.size(), "found by its word from another school");
    assertEquals(id, found.get(0).id());
    assertEquals(OAKFIELD, found.get(0).schoolName());
    long questioning = area("Questioning");
    assertEquals(
        1,
        studies
            .library(
                new CaseStudyQuery(SearchQuery.parse(word), questioning, Phase.PRIMARY, oakfield))
            .size(),
        "with every filter");
    assertTrue(
        studies
            .library(new CaseStudyQuery(SearchQuery.parse(word), null, Phase.SECONDARY, null))
            .isEmpty(),
        "another phase");
    assertTrue(
        studies
            .library(new CaseStudyQuery(SearchQuery.parse(word), area("Oracy"), null, null))
            .isEmpty(),
        "another focus area");
    assertTrue(
        studies.library(new CaseStudyQuery(SearchQuery.NONE, questioning, null, null)).stream()
            .anyMatch(c -> c.id() == id),
        "by focus area alone");

    SchoolExpertiseView helps =
        profiles.expertise(questioning).schools().stream()
            .filter(x -> x.schoolId() == oakfield)
            .findFirst()
            .orElseThrow();
    assertTrue(helps.caseStudies() >= 1, "find expertise counts the published case study");

    CaseStudyDetail published = studies.caseStudy(id);
    assertFalse(published.mayEdit());
    List<CaseStudyStep> steps = published.history().stream().map(CaseStudyEventView::step).toList();
    assertEquals(
        List.of(
            CaseStudyStep.CREATED,
            CaseStudyStep.SUBMITTED,
            CaseStudyStep.RETURNED,
            CaseStudyStep.SUBMITTED,
            CaseStudyStep.APPROVED,
            CaseStudyStep.PUBLISHED),
        steps);
    CaseStudyEventView back = published.history().get(2);
    assertEquals("Marcus Reid", back.who());
    assertEquals("Say how you measured the longer explanations.", back.comment());
    assertEquals("Tom Fletcher", published.history().get(0).who());
  }

  @Test
  void aDraftIsNeverFoundAndTheDemoLibraryIs() {
    String word = uniqueWord();
    long id = oakfieldDraft("Unpublished " + word, word);
    assertTrue(search(word).isEmpty(), "not even by its author");
    acting.as("riverside.admin");
    assertTrue(search(word).isEmpty(), "nor by another school");
    acting.as("education.officer");
    assertTrue(search(word).isEmpty());
    acting.as("teacher");
    studies.submit(id);
    acting.as("riverside.admin");
    assertTrue(search(word).isEmpty(), "submitted: still not in the library");
    List<CaseStudyView> demo = search("sentence stems");
    assertTrue(
        demo.stream().anyMatch(c -> c.title().startsWith("Talk before writing")),
        "the demo case study on oracy");
    assertTrue(
        studies.library(new CaseStudyQuery(SearchQuery.NONE, area("Oracy"), null, null)).stream()
            .anyMatch(c -> c.title().startsWith("Talk before writing")));
    assertTrue(search("story sacks").isEmpty(), "the demo case study awaiting review is not found");
  }

  @Test
  void badInputIsRefusedAndNothingSaved() {
    String word = uniqueWord();
    long oakfield = acting.school(OAKFIELD);
    acting.as("teacher");
    int before = studies.inProgress().size();
    assertEquals(
        "error.caseStudy.titleRequired",
        key(
            () ->
                new CaseStudyDetails(
                    " ", oakfield, Phase.PRIMARY, area("Oracy"), "", "", "", "", "")));
    assertEquals(
        "error.caseStudy.impactTooLong",
        key(
            () ->
                new CaseStudyDetails(
                    "Too long " + word,
                    oakfield,
                    Phase.PRIMARY,
                    area("Oracy"),
                    "",
                    "",
                    "",
                    "x".repeat(CaseStudyDetails.TEXT_LENGTH + 1),
                    "")));
    assertEquals(
        "error.caseStudy.areaRequired",
        key(
            () ->
                studies.create(
                    new CaseStudyDetails(
                        "No such area " + word,
                        oakfield,
                        Phase.PRIMARY,
                        987_654_321L,
                        "",
                        "",
                        "",
                        "",
                        ""))));
    assertThrows(
        NotPermittedException.class,
        () ->
            studies.create(
                new CaseStudyDetails(
                    "No such school " + word,
                    987_654_321L,
                    Phase.PRIMARY,
                    area("Oracy"),
                    "",
                    "",
                    "",
                    "",
                    "")));
    assertEquals(before, studies.inProgress().size(), "nothing saved");

    long id =
        studies.create(
            new CaseStudyDetails(
                "Incomplete " + word, oakfield, Phase.PRIMARY, area("Oracy"), "", "", "", "", ""));
    assertEquals("error.caseStudy.incomplete", key(() -> run(() -> studies.submit(id))));
    assertEquals(CaseStudyState.DRAFT, stateOf(id), "still a draft");
    acting.as("teacher");
    studies.change(id, details("Complete " + word, oakfield, word));
    studies.submit(id);
    acting.as("education.officer");
    assertEquals(
        "error.caseStudy.commentRequired",
        key(() -> run(() -> studies.returnWithComments(id, "  "))));
    assertEquals(
        "error.caseStudy.commentTooLong",
        key(() -> run(() -> studies.returnWithComments(id, "x".repeat(2001)))));
    CaseStudyDetail after = studies.caseStudy(id);
    assertEquals(CaseStudyState.SUBMITTED, after.caseStudy().state(), "not returned");
    assertEquals(2, after.history().size(), "written and submitted only");
    assertThrows(NotFoundException.class, () -> studies.caseStudy(987_654_321L));
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void filesAreAttachedByItsOwnersAndDownloadedByWhoeverSeesIt() {
    String word = uniqueWord();
    long id = oakfieldDraft("With evidence " + word, word);
    long file = files.attach(id, "C:\\Users\\tom\\results.pdf", bytes("%PDF-1.4 results"));
    CaseStudyDownload d = files.download(file);
    assertEquals("results.pdf", d.fileName(), "the last segment of a path");
    assertEquals("application/pdf", d.mediaType());
    assertEquals(16, d.size());
    assertEquals("error.caseStudy.fileName", key(() -> files.attach(id, " ", bytes("x"))));
    assertEquals(
        "error.caseStudy.fileName",
        key(() -> files.attach(id, "x".repeat(256) + ".txt", bytes("x"))));
    acting.as("riverside.admin");
    assertThrows(NotFoundException.class, () -> files.download(file), "a draft's file");
    assertThrows(NotPermittedException.class, () -> files.attach(id, "evil.txt", bytes("x")));
    assertThrows(NotPermittedException.class, () -> files.detach(file));
    acting.as("teacher");
    assertEquals(1, studies.caseStudy(id).files().size(), "nothing else saved");
    studies.submit(id);
    assertEquals(
        "error.caseStudy.notEditable", key(() -> files.attach(id, "late.txt", bytes("x"))));
    acting.as("education.officer");
    studies.approve(id);
    studies.publish(id);
    acting.as("riverside.admin");
    assertEquals("results.pdf", files.download(file).fileName(), "published: for the trust");
    assertThrows(NotPermittedException.class, () -> files.detach(file));
    assertThrows(NotFoundException.class, () -> files.download(987_654_321L));
  }

  @Test
  void eachStepIsMailedToTheAuthors() throws Exception {
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      String word = uniqueWord();
      long id = oakfieldDraft("Mailed " + word, word);
      studies.submit(id);
      acting.as("education.officer");
      studies.returnWithComments(id, "A little more on impact, please.");
      MimeMessage returned = mailTo(smtp, "teacher" + TestData.DOMAIN, "returned");
      assertTrue(returned.getSubject().contains("Mailed " + word), returned.getSubject());
      acting.as("teacher");
      studies.submit(id);
      acting.as("education.officer");
      studies.approve(id);
      studies.publish(id);
      assertTrue(
          mailTo(smtp, "teacher" + TestData.DOMAIN, "published")
              .getSubject()
              .startsWith("Case study published"));
    } finally {
      smtp.stop();
    }
  }

  /** The mail to {@code to} whose subject holds {@code step}, waited for up to 30 seconds. */
  private static MimeMessage mailTo(GreenMail smtp, String to, String step) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (to.equals(m.getRecipients(Message.RecipientType.TO)[0].toString())
            && m.getSubject().toLowerCase().contains(step)) {
          return m;
        }
      }
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError(
        "no mail to " + to + " about " + step + ": " + Arrays.toString(smtp.getReceivedMessages()));
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }

  /** Over HTTP: hidden drafts answer 404, the queue 403, and a crafted approval does nothing. */
  @Test
  @RunAsClient
  void hiddenPagesAndACraftedApproval() throws Exception {
    IntranetClient teacher = IntranetClient.signedIn(base, "teacher");
    String library = teacher.get("learning/case-studies.xhtml").body();
    assertTrue(library.contains("Talk before writing"), "the demo library");
    assertEquals(403, teacher.get("learning/case-study-reviews.xhtml").statusCode());
    String edit = teacher.get("learning/case-study-edit.xhtml").body();
    assertTrue(edit.contains("study:title"), "the teacher may write one");

    java.util.regex.Matcher talk =
        java.util.regex.Pattern.compile("case-study\\.xhtml\\?id=(\\d+)\">Talk before writing")
            .matcher(library);
    assertTrue(talk.find(), "the library links the demo case study");
    String talkPage = teacher.get("learning/case-study.xhtml?id=" + talk.group(1)).body();
    java.util.regex.Matcher fileLink =
        java.util.regex.Pattern.compile("learning/case-study-file/(\\d+)").matcher(talkPage);
    assertTrue(fileLink.find(), "the case study links its file");
    java.net.http.HttpResponse<String> download =
        teacher.get("learning/case-study-file/" + fileLink.group(1));
    assertEquals(200, download.statusCode());
    assertTrue(download.body().contains("Autumn: 14 of 28 pupils"), download.body());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals(404, teacher.get("learning/case-study-file/987654321").statusCode());
    IntranetClient signedOut = new IntranetClient(TestData.loopback(base));
    assertTrue(
        signedOut.get("learning/case-study-file/" + fileLink.group(1)).statusCode() != 200,
        "not for the signed out");

    IntranetClient officer = IntranetClient.signedIn(base, "education.officer");
    String queue = officer.get("learning/case-study-reviews.xhtml").body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("case-study\\.xhtml\\?id=(\\d+)\">Story sacks that go home")
            .matcher(queue);
    assertTrue(m.find(), "the demo case study in review is in the queue");
    String id = m.group(1);

    IntranetClient riverside = IntranetClient.signedIn(base, "riverside.admin");
    assertEquals(404, riverside.get("learning/case-study.xhtml?id=" + id).statusCode());
    assertEquals(404, riverside.get("learning/case-study-edit.xhtml?id=" + id).statusCode());
    assertEquals(404, riverside.get("learning/case-study.xhtml?id=junk").statusCode());

    IntranetClient author = IntranetClient.signedIn(base, "athro");
    String page = author.get("learning/case-study.xhtml?id=" + id).body();
    assertFalse(page.contains("review:approve"), "no approve button for the author");
    assertEquals(403, author.get("learning/case-study-edit.xhtml?id=" + id).statusCode());
    author.post("learning/case-study.xhtml?id=" + id, "review", Map.of("review:approve", ""));
    String again = officer.get("learning/case-study.xhtml?id=" + id).body();
    assertTrue(again.contains("review:approve"), "still awaiting review: " + id);
  }
}
