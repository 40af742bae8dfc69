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
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
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
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.OpenClassroomReminders;
import org.trustintranet.networks.application.OpenClassroomService;
import org.trustintranet.networks.application.OpenClassroomView;
import org.trustintranet.networks.application.VisitorLine;
import org.trustintranet.networks.domain.OpenClassroomDetails;

/**
 * Open classrooms against the real database: a teacher of one school offers, a colleague of another
 * signs up and withdraws, the teacher sees who is coming (nobody else does); one's own offer, a
 * full one and a cancelled one are refused; two colleagues at once on the last place: exactly one
 * gets it; bad input is refused with nothing saved; only the teacher and the admins of their school
 * cancel (another school's admin may not), and the visitors are mailed; forged ids are "not found";
 * the day-before reminder reaches the teacher and the visitors once however often the job runs; a
 * leaver's offers are cancelled.
 */
@ExtendWith(ArquillianExtension.class)
class OpenClassroomsIT {
  private static final String OAKFIELD = "Oakfield Primary School";
  private static final String RIVERSIDE = "Riverside Academy";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            OpenClassroomsIT.class,
            Acting.class,
            AsPerson.class,
            TestCallerIdentity.class,
            TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject OpenClassroomService openClassrooms;
  @Inject OpenClassroomReminders reminders;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;
  @Inject Acting acting;
  @Inject AsPerson asPerson;

  @AfterEach
  void nobody() {
    if (acting != null) {
      acting.nobody();
    }
  }

  private static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  private long teacher(String school, String prefix) {
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Open", prefix, "Class teacher"),
        acting.school(school),
        SchoolRole.TEACHER);
  }

  private long area() {
    return openClassrooms.focusAreas().get(0).id();
  }

  private OpenClassroomDetails details(LocalDate day, int limit, String subject) {
    return new OpenClassroomDetails(
        day,
        LocalTime.of(10, 0),
        LocalTime.of(11, 0),
        "Period 2",
        "Year 5",
        subject,
        area(),
        "Fractions with mini-whiteboards",
        limit);
  }

  /** An offer by {@code teacher} in a week, with room for {@code limit}. */
  private long offered(long teacher, int limit) {
    acting.as(teacher);
    return openClassrooms.offer(details(today().plusDays(7), limit, "Maths " + System.nanoTime()));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  private OpenClassroomView upcoming(long id) {
    return openClassrooms.upcoming().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
  }

  private OpenClassroomView mineOf(long id) {
    return openClassrooms.mine().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
  }

  @Test
  void aColleagueOfAnotherSchoolSignsUpAndTheTeacherSeesThem() {
    long teacher = teacher(OAKFIELD, "offers");
    long colleague = teacher(RIVERSIDE, "visits");
    long id = offered(teacher, 3);
    acting.as(colleague);
    OpenClassroomView seen = upcoming(id);
    assertTrue(seen.maySignUp());
    assertFalse(seen.mayManage());
    openClassrooms.signUp(id);
    OpenClassroomView after = upcoming(id);
    assertTrue(after.signedUp());
    assertEquals(1, after.taken());
    assertTrue(after.visitors().isEmpty(), "a visitor does not see the list");
    assertEquals("error.openClassroom.alreadySignedUp", refusal(() -> openClassrooms.signUp(id)));

    acting.as(teacher);
    OpenClassroomView mine = mineOf(id);
    assertEquals(1, mine.visitors().size());
    VisitorLine visitor = mine.visitors().get(0);
    assertEquals(colleague, visitor.personId());
    assertEquals(RIVERSIDE, visitor.schoolName());
    assertEquals(OAKFIELD, mine.schoolName());

    acting.as(colleague);
    openClassrooms.withdraw(id);
    assertEquals(0, upcoming(id).taken());
    assertEquals("error.openClassroom.notSignedUp", refusal(() -> openClassrooms.withdraw(id)));
    openClassrooms.signUp(id); // again, after withdrawing
    acting.as(teacher);
    assertEquals(1, mineOf(id).visitors().size());
  }

  @Test
  void ownFullAndCancelledOffersAreRefused() {
    long teacher = teacher(OAKFIELD, "own");
    long first = teacher(RIVERSIDE, "first");
    long second = teacher(OAKFIELD, "second");
    long id = offered(teacher, 1);
    acting.as(teacher);
    assertFalse(upcoming(id).maySignUp());
    assertEquals("error.openClassroom.ownOffer", refusal(() -> openClassrooms.signUp(id)));
    acting.as(first);
    openClassrooms.signUp(id);
    acting.as(second);
    assertFalse(upcoming(id).maySignUp(), "full");
    assertEquals("error.openClassroom.full", refusal(() -> openClassrooms.signUp(id)));
    acting.as(teacher);
    openClassrooms.cancel(id);
    acting.as(second);
    assertEquals("error.openClassroom.cancelled", refusal(() -> openClassrooms.signUp(id)));
    assertTrue(openClassrooms.upcoming().stream().noneMatch(o -> o.id() == id));
    acting.as(teacher);
    assertEquals("CANCELLED", mineOf(id).state().name());
    assertEquals(1, mineOf(id).taken());
  }

  @Test
  void twoColleaguesOnTheLastPlaceAtOnceExactlyOneGetsIt() throws Exception {
    long teacher = teacher(OAKFIELD, "last");
    long one = teacher(RIVERSIDE, "one");
    long two = teacher(OAKFIELD, "two");
    long id = offered(teacher, 1);
    List<Callable<String>> calls = List.of(() -> signUpAs(one, id), () -> signUpAs(two, id));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> results = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      for (Future<String> f : futures) {
        try {
          results.add(f.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          results.add(e.getCause().toString());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(results.contains("PLACE"), results.toString());
    assertTrue(results.contains("error.openClassroom.full"), results.toString());
    acting.as(teacher);
    OpenClassroomView mine = mineOf(id);
    assertEquals(1, mine.taken());
    assertEquals(1, mine.visitors().size());
  }

  private String signUpAs(long person, long id) throws Exception {
    return asPerson.call(
        person,
        () -> {
          try {
            openClassrooms.signUp(id);
            return "PLACE";
          } catch (BusinessException e) {
            return e.messageKey();
          }
        });
  }

  @Test
  void badInputIsRefusedWithNothingSaved() {
    long teacher = teacher(OAKFIELD, "bad");
    acting.as(teacher);
    long area = area();
    LocalDate soon = today().plusDays(3);
    assertEquals(
        "error.openClassroom.datePast",
        refusal(() -> openClassrooms.offer(details(today().minusDays(1), 3, "Maths"))));
    assertEquals(
        "error.openClassroom.endBeforeStart",
        refusal(
            () ->
                new OpenClassroomDetails(
                    soon,
                    LocalTime.of(11, 0),
                    LocalTime.of(10, 0),
                    "",
                    "Y5",
                    "Maths",
                    area,
                    "d",
                    3)));
    assertEquals("error.openClassroom.limit", refusal(() -> details(soon, 0, "Maths")));
    assertEquals("error.openClassroom.limit", refusal(() -> details(soon, 31, "Maths")));
    assertEquals("error.openClassroom.subjectRequired", refusal(() -> details(soon, 3, " ")));
    assertEquals(
        "error.openClassroom.descriptionTooLong",
        refusal(
            () ->
                new OpenClassroomDetails(
                    soon, null, null, "P1", "Y5", "Maths", area, "d".repeat(1001), 3)));
    assertEquals(
        "error.openClassroom.focusAreaRequired",
        refusal(
            () ->
                openClassrooms.offer(
                    new OpenClassroomDetails(
                        soon, null, null, "P1", "Y5", "Maths", 987_654_321L, "d", 3))));
    assertTrue(openClassrooms.mine().isEmpty(), "nothing saved");
  }

  @Test
  void onlyTheTeacherAndTheAdminsOfTheirSchoolCancelAndVisitorsAreMailed() throws Exception {
    long teacher = teacher(OAKFIELD, "cancels");
    long visitor = teacher(RIVERSIDE, "told");
    long id = offered(teacher, 5);
    acting.as(visitor);
    openClassrooms.signUp(id);
    assertThrows(NotPermittedException.class, () -> openClassrooms.cancel(id));
    acting.as("riverside.admin");
    assertThrows(NotPermittedException.class, () -> openClassrooms.cancel(id));
    assertTrue(upcoming(id).visitors().isEmpty(), "another school's admin: no list");
    assertFalse(upcoming(id).mayManage());
    acting.as("school.admin");
    assertTrue(upcoming(id).mayManage());
    assertEquals(1, upcoming(id).visitors().size());
    acting.as("trust.admin");
    String visitorEmail = directory.person(visitor).email();
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.as("school.admin");
      openClassrooms.cancel(id);
      MimeMessage told = mailsTo(smtp, visitorEmail, 1).get(0);
      assertTrue(told.getSubject().startsWith("Open classroom cancelled"), told.getSubject());
    } finally {
      smtp.stop();
    }
    acting.as(teacher);
    assertEquals("error.openClassroom.cancelled", refusal(() -> openClassrooms.cancel(id)));
    long own = offered(teacher, 2);
    openClassrooms.cancel(own);
    assertEquals("CANCELLED", mineOf(own).state().name());
  }

  @Test
  void forgedAndUnknownIdsAreNotFound() {
    long teacher = teacher(OAKFIELD, "forged");
    acting.as(teacher);
    for (long id : new long[] {-1, 0, Long.MAX_VALUE}) {
      assertThrows(NotFoundException.class, () -> openClassrooms.signUp(id));
      assertThrows(NotFoundException.class, () -> openClassrooms.withdraw(id));
      assertThrows(NotFoundException.class, () -> openClassrooms.cancel(id));
    }
    acting.nobody();
    assertThrows(NotPermittedException.class, () -> openClassrooms.upcoming());
  }

  @Test
  void theDayBeforeTheTeacherAndTheVisitorsAreRemindedOnce() throws Exception {
    long teacher = teacher(OAKFIELD, "reminded");
    long visitor = teacher(RIVERSIDE, "remindee");
    acting.as(teacher);
    long id = openClassrooms.offer(details(today().plusDays(1), 3, "Science " + System.nanoTime()));
    acting.as(visitor);
    openClassrooms.signUp(id);
    acting.as("trust.admin");
    String teacherEmail = directory.person(teacher).email();
    String visitorEmail = directory.person(visitor).email();
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.nobody();
      assertTrue(reminders.runDue() >= 1);
      assertTrue(mailsTo(smtp, teacherEmail, 1).get(0).getSubject().startsWith("Tomorrow"));
      mailsTo(smtp, visitorEmail, 1);
      assertEquals(0, reminders.runDue(), "once per open classroom");
      Thread.sleep(2000);
      assertEquals(1, received(smtp, teacherEmail).size());
      assertEquals(1, received(smtp, visitorEmail).size());
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aLeaversOffersAreCancelled() {
    long teacher = teacher(OAKFIELD, "leaver");
    long colleague = teacher(RIVERSIDE, "stays");
    long id = offered(teacher, 3);
    acting.as("trust.admin");
    administration.markLeft(teacher, directory.person(teacher).version());
    acting.as(colleague);
    assertTrue(openClassrooms.upcoming().stream().noneMatch(o -> o.id() == id));
    assertEquals("error.openClassroom.cancelled", refusal(() -> openClassrooms.signUp(id)));
  }

  private static List<MimeMessage> received(GreenMail smtp, String to) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return to.equals(m.getRecipients(Message.RecipientType.TO)[0].toString());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static List<MimeMessage> mailsTo(GreenMail smtp, String to, int count) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (received(smtp, to).size() < count && System.nanoTime() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    List<MimeMessage> mails = received(smtp, to);
    assertEquals(count, mails.size(), count + " mail(s) to " + to);
    return mails;
  }
}
