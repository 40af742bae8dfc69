package org.trustintranet.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.trustintranet.it.networks.AsPerson;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.networks.application.ProgrammeDetail;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.RegistrationLine;
import org.trustintranet.networks.application.RegistrationService;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;

/**
 * Programmes and the termly booklet against the real database: who publishes (trust admins and the
 * provider school's admins; another school's admin and a teacher are refused, nothing saved); a
 * place, the waiting list, and the first waiting promoted when a place is given back; a programme
 * with a cost approved or declined by an admin of the registrant's own school only; two people at
 * once on the last place (exactly one gets it, the other waits); bad input refused with nothing
 * saved; and over HTTP, the booklet page, its PDF read back as text, and the registrations' CSV.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammesIT {
  private static final String OAKFIELD = "Oakfield Primary School";
  private static final String RIVERSIDE = "Riverside Academy";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        ProgrammesIT.class, Acting.class, AsPerson.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject ProgrammeService programmes;
  @Inject RegistrationService registrations;
  @Inject SchoolStaffService schoolStaff;
  @Inject Acting acting;
  @Inject AsPerson asPerson;

  @ArquillianResource URL base;

  @AfterEach
  void nobody() {
    if (acting != null) {
      acting.nobody();
    }
  }

  private static Term nextTerm() {
    return Term.of(LocalDate.now(LONDON)).next();
  }

  private ProgrammeDetails details(String title, long school, int places, int cost) {
    return new ProgrammeDetails(
        title + " " + System.nanoTime(),
        CareerStage.MIDDLE_LEADER,
        "For the tests",
        school,
        nextTerm(),
        places,
        cost);
  }

  /** A published programme of Oakfield, made by its school admin. */
  private long published(int places, int cost) {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    long id = programmes.create(details("Programme", oakfield, places, cost));
    programmes.publish(id);
    return id;
  }

  /** A new teacher at {@code school}, added by the trust admin. */
  private long newTeacher(String school, String prefix) {
    long schoolId = acting.school(school);
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Prog", prefix, "Teacher"),
        schoolId,
        SchoolRole.TEACHER);
  }

  private RegistrationState registerAs(long person, long programme) throws Exception {
    return asPerson.call(person, () -> registrations.register(programme));
  }

  private List<RegistrationLine> lines(long programme) {
    acting.as("trust.admin");
    return programmes.programme(programme).registrations();
  }

  private RegistrationLine lineOf(long programme, long person) {
    return lines(programme).stream().filter(r -> r.personId() == person).findFirst().orElseThrow();
  }

  private int countInBooklet(String prefix) {
    acting.as("trust.admin");
    return (int)
        programmes.booklet(nextTerm(), null).stream()
            .filter(p -> p.title().startsWith(prefix))
            .count();
  }

  @Test
  void trustAdminsAndTheProvidersAdminsPublishNobodyElse() {
    long oakfield = acting.school(OAKFIELD);
    long riverside = acting.school(RIVERSIDE);
    acting.as("school.admin");
    long id = programmes.create(details("Published by Oakfield", oakfield, 10, 0));
    assertThrows(
        NotPermittedException.class,
        () -> programmes.create(details("Oakfield for Riverside", riverside, 10, 0)));
    acting.as("riverside.admin");
    assertThrows(NotFoundException.class, () -> programmes.programme(id), "a draft: not found");
    assertThrows(
        NotPermittedException.class,
        () -> programmes.change(id, details("Taken over", oakfield, 10, 0)));
    assertThrows(NotPermittedException.class, () -> programmes.publish(id));
    assertThrows(
        NotPermittedException.class,
        () ->
            programmes.addSession(
                id,
                new SessionSlot(
                    SessionKind.SESSION,
                    LocalDate.now(LONDON).plusDays(10),
                    LocalTime.of(16, 0),
                    LocalTime.of(17, 0),
                    "Hall",
                    null)));
    acting.as("teacher");
    assertThrows(
        NotPermittedException.class,
        () -> programmes.create(details("By a teacher", oakfield, 10, 0)));
    assertFalse(programmes.mayPublish());
    acting.as("trust.admin");
    assertTrue(programmes.mayPublish());
    ProgrammeDetail detail = programmes.programme(id);
    assertTrue(detail.programme().title().startsWith("Published by Oakfield"), "unchanged");
    assertTrue(detail.programme().sessions().isEmpty(), "no session added");
    assertEquals(0, countInBooklet("Oakfield for Riverside"));
    assertEquals(0, countInBooklet("By a teacher"));
    programmes.publish(id);
    acting.as("riverside.admin");
    assertFalse(programmes.programme(id).mayEdit(), "published: seen, not edited");
    assertThrows(NotPermittedException.class, () -> programmes.withdraw(id));
  }

  @Test
  void aPlaceThenTheWaitingListAndACancelledPlaceGoesToTheFirstWaiting() throws Exception {
    long programme = published(1, 0);
    long first = newTeacher(OAKFIELD, "first");
    long second = newTeacher(RIVERSIDE, "second");
    long third = newTeacher(OAKFIELD, "third");
    assertEquals(RegistrationState.PLACE, registerAs(first, programme));
    assertEquals(RegistrationState.WAITING, registerAs(second, programme));
    assertEquals(RegistrationState.WAITING, registerAs(third, programme));
    BusinessException twice =
        assertThrows(BusinessException.class, () -> registerAs(first, programme));
    assertEquals(RegistrationService.ALREADY, twice.messageKey());

    asPerson.call(
        first,
        () -> {
          registrations.cancel(programme);
          return null;
        });
    assertEquals(RegistrationState.CANCELLED, lineOf(programme, first).state());
    assertEquals(RegistrationState.PLACE, lineOf(programme, second).state(), "the first waiting");
    assertEquals(RegistrationState.WAITING, lineOf(programme, third).state());
    acting.as("trust.admin");
    assertEquals(1, programmes.programme(programme).programme().taken());
    assertEquals(
        RegistrationState.PLACE,
        asPerson.call(second, () -> programmes.programme(programme).programme().mine()));
  }

  @Test
  void aProgrammeWithACostWaitsForTheRegistrantsOwnSchoolAdmin() throws Exception {
    long programme = published(1, 7500);
    long asker = newTeacher(OAKFIELD, "asker");
    long other = newTeacher(OAKFIELD, "other");
    long late = newTeacher(OAKFIELD, "late");
    assertEquals(RegistrationState.REQUESTED, registerAs(asker, programme));
    assertEquals(RegistrationState.REQUESTED, registerAs(other, programme));
    long request = lineOf(programme, asker).id();
    long otherRequest = lineOf(programme, other).id();

    acting.as("riverside.admin");
    assertThrows(NotPermittedException.class, () -> registrations.approve(request));
    assertThrows(NotPermittedException.class, () -> registrations.decline(request, "No"));
    assertTrue(registrations.requests().stream().noneMatch(r -> r.id() == request));
    acting.as("teacher");
    assertThrows(NotPermittedException.class, () -> registrations.requests());
    assertThrows(NotPermittedException.class, () -> registrations.approve(request));
    assertEquals(RegistrationState.REQUESTED, lineOf(programme, asker).state(), "unchanged");

    acting.as("school.admin");
    assertTrue(registrations.requests().stream().anyMatch(r -> r.id() == request));
    assertEquals(RegistrationState.PLACE, registrations.approve(request));
    BusinessException again =
        assertThrows(BusinessException.class, () -> registrations.approve(request));
    assertEquals("error.learning.notRequested", again.messageKey());
    BusinessException noReason =
        assertThrows(BusinessException.class, () -> registrations.decline(otherRequest, " "));
    assertEquals("error.learning.reasonRequired", noReason.messageKey());
    assertEquals(RegistrationState.REQUESTED, lineOf(programme, other).state(), "nothing saved");
    acting.as("school.admin");
    registrations.decline(otherRequest, "No budget left this term");
    RegistrationLine declined = lineOf(programme, other);
    assertEquals(RegistrationState.DECLINED, declined.state());
    assertEquals("No budget left this term", declined.reason());

    assertEquals(RegistrationState.REQUESTED, registerAs(late, programme));
    acting.as("school.admin");
    assertEquals(RegistrationState.WAITING, registrations.approve(lineOf(programme, late).id()));
  }

  @Test
  void twoPeopleOnTheLastPlaceAtOnceOneGetsItTheOtherWaits() throws Exception {
    long programme = published(1, 0);
    long one = newTeacher(OAKFIELD, "one");
    long two = newTeacher(RIVERSIDE, "two");
    List<Callable<RegistrationState>> calls =
        List.of(() -> registerAs(one, programme), () -> registerAs(two, programme));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Object> results = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RegistrationState>> futures = new ArrayList<>();
      for (Callable<RegistrationState> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      for (Future<RegistrationState> f : futures) {
        try {
          results.add(f.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          results.add(e.getCause().toString());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(results.contains(RegistrationState.PLACE), results.toString());
    assertTrue(results.contains(RegistrationState.WAITING), results.toString());
    acting.as("trust.admin");
    ProgrammeDetail detail = programmes.programme(programme);
    assertEquals(1, detail.programme().taken());
    assertEquals(
        1,
        detail.registrations().stream().filter(r -> r.state() == RegistrationState.PLACE).count());
  }

  @Test
  void badInputIsRefusedWithNothingSaved() {
    long oakfield = acting.school(OAKFIELD);
    acting.as("school.admin");
    String prefix = "Bad input " + System.nanoTime();
    assertEquals(
        "error.learning.titleRequired",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.create(
                        new ProgrammeDetails(
                            " ", CareerStage.MENTOR, "", oakfield, nextTerm(), 5, 0)))
            .messageKey());
    assertEquals(
        "error.learning.titleTooLong",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.create(
                        new ProgrammeDetails(
                            prefix + "x".repeat(200),
                            CareerStage.MENTOR,
                            "",
                            oakfield,
                            nextTerm(),
                            5,
                            0)))
            .messageKey());
    assertEquals(
        "error.learning.descriptionTooLong",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.create(
                        new ProgrammeDetails(
                            prefix,
                            CareerStage.MENTOR,
                            "x".repeat(4001),
                            oakfield,
                            nextTerm(),
                            5,
                            0)))
            .messageKey());
    assertEquals(
        "error.learning.places",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.create(
                        new ProgrammeDetails(
                            prefix, CareerStage.MENTOR, "", oakfield, nextTerm(), 0, 0)))
            .messageKey());
    acting.as("trust.admin");
    assertEquals(
        "error.learning.providerRequired",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.create(
                        new ProgrammeDetails(
                            prefix, CareerStage.MENTOR, "", 987654321L, nextTerm(), 5, 0)))
            .messageKey(),
        "a school that does not exist (the trust admin may publish for any)");
    assertEquals(0, countInBooklet(prefix));
    acting.as("school.admin");

    long id = published(5, 0);
    acting.as("school.admin");
    LocalDate day = LocalDate.now(LONDON).plusDays(14);
    assertEquals(
        "error.learning.session.endBeforeStart",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.addSession(
                        id,
                        new SessionSlot(
                            SessionKind.SESSION,
                            day,
                            LocalTime.of(17, 0),
                            LocalTime.of(16, 0),
                            "Hall",
                            null)))
            .messageKey());
    assertEquals(
        "error.learning.session.inThePast",
        assertThrows(
                BusinessException.class,
                () ->
                    programmes.addSession(
                        id,
                        new SessionSlot(
                            SessionKind.VISIT,
                            LocalDate.now(LONDON).minusDays(1),
                            LocalTime.of(9, 0),
                            LocalTime.of(12, 0),
                            "Oakfield",
                            null)))
            .messageKey());
    acting.as("school.admin");
    ProgrammeDetail after = programmes.programme(id);
    assertTrue(after.programme().sessions().isEmpty(), "no session saved");
    assertTrue(after.programme().title().startsWith("Programme"), "not renamed");
  }

  /** A download as bytes, with the session's cookies ("name=value; ..."). */
  private static HttpResponse<byte[]> bytes(String cookies, URL base, String path)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(TestData.loopback(base) + path))
                .header("Cookie", cookies)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The demo booklet over HTTP: the page, its PDF read back, and the provider's CSV. */
  @Test
  @RunAsClient
  void theBookletPageItsPdfAndTheRegistrationsCsv() throws Exception {
    IntranetClient teacher = IntranetClient.signedIn(base, "teacher");
    String page = teacher.get("learning/programmes.xhtml").body();
    assertTrue(page.contains("Early career teachers: behaviour and classroom routines"), page);
    assertTrue(page.contains("booklet.pdf?term="), "links the PDF");

    HttpResponse<byte[]> pdf = bytes(teacher.cookieHeader(), base, "learning/booklet.pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.matches("attachment; filename=\"programmes-\\d{4}-[a-z]+\\.pdf\".*"));
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String title :
        List.of(
            "Early career teachers: behaviour and classroom routines",
            "Mentoring early career teachers well",
            "Leading a subject: curriculum, sequencing and assessment",
            "Teaching assistants: supporting pupils with SEND")) {
      assertTrue(text.contains(title), title + " in " + text);
    }
    assertTrue(text.contains("Contents"), text);
    assertTrue(text.contains("Oakfield Primary School"), text);
    assertTrue(text.contains("£75.00"), text);

    HttpResponse<byte[]> mentors =
        bytes(teacher.cookieHeader(), base, "learning/booklet.pdf?stage=MENTOR");
    try (PDDocument doc = Loader.loadPDF(mentors.body())) {
      String only = new PDFTextStripper().getText(doc);
      assertTrue(only.contains("Mentoring early career teachers well"), only);
      assertFalse(only.contains("Headteachers' termly forum"), only);
    }
    IntranetClient signedOut = new IntranetClient(TestData.loopback(base));
    assertTrue(signedOut.get("learning/booklet.pdf").statusCode() != 200, "not for the signed out");

    Matcher link =
        Pattern.compile(
                "programme\\.xhtml\\?id=(\\d+)\">Teaching assistants: supporting pupils with SEND")
            .matcher(page);
    assertTrue(link.find(), "the booklet links the programme");
    String id = link.group(1);
    assertEquals(403, teacher.get("learning/registrations.csv?id=" + id).statusCode());
    IntranetClient admin = IntranetClient.signedIn(base, "trust.admin");
    HttpResponse<String> csv = admin.get("learning/registrations.csv?id=" + id);
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("programme-" + id + "-registrations.csv"));
    String body = csv.body().replace("\uFEFF", "");
    assertTrue(body.startsWith("School,Name,Job title,State,Registered"), body);
    assertTrue(
        body.contains("Riverside Academy,Sara Lindqvist,Teaching assistant,You have a place"),
        body);
    assertEquals(404, admin.get("learning/registrations.csv?id=junk").statusCode());
    assertEquals(404, admin.get("learning/registrations.csv?id=987654321").statusCode());
  }
}
