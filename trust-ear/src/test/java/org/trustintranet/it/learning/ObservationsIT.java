package org.trustintranet.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.ObservationDetail;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.application.ObservationView;
import org.trustintranet.networks.application.SchoolObservationCount;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.networks.domain.ObservationDirection;
import org.trustintranet.networks.domain.ObservationFeedback;
import org.trustintranet.networks.domain.PeerObservation;

/**
 * Peer observation against the real database: a teacher of one school invites a colleague of
 * another, who accepts; they agree a lesson and both record feedback, which nobody else reads by
 * the service (a third teacher, the school admin of one of their schools, the trust admin: "not
 * found", and they cannot act on it either); crafted ids, past days, over-long text, a second open
 * invitation and inviting a leaver are refused with nothing saved; the invitee and the inviter are
 * mailed; school admins' counts are numbers only.
 */
@ExtendWith(ArquillianExtension.class)
class ObservationsIT {
  private static final String WELL = "Secret praise for the cold call";
  private static final String NEXT = "Private next step on wait time";
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            ObservationsIT.class, Acting.class, TestCallerIdentity.class, TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject ObservationService observations;
  @Inject Acting acting;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;
  @Inject AuditTrail audit;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** Two teachers of different schools, and a third of the first school. */
  private record Pair(long inviter, long invitee, long third) {}

  private Pair pair() {
    return new Pair(
        person("inviter", "Oakfield Primary School"),
        person("invitee", "Riverside Academy"),
        person("third", "Oakfield Primary School"));
  }

  private long person(String prefix, String school) {
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Observing", prefix, "Class teacher"),
        acting.school(school),
        SchoolRole.TEACHER);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  /** Invited, accepted and agreed for today: ready for feedback. */
  private long agreedToday(Pair p) {
    acting.as(p.inviter());
    long id = observations.invite(p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "Hi");
    acting.as(p.invitee());
    observations.accept(id);
    observations.agree(id, new LessonSlot(today(), "Period 2", "Year 5 maths: fractions"));
    return id;
  }

  private long oakfieldCount() {
    acting.as("school.admin");
    return observations.completedBySchool().stream()
        .filter(c -> c.schoolName().equals("Oakfield Primary School"))
        .findFirst()
        .orElseThrow()
        .completed();
  }

  @Test
  void theFlowFromInvitationToBothFeedbacksCompletesTheObservation() {
    Pair p = pair();
    long before = oakfieldCount();
    acting.as(p.inviter());
    long id =
        observations.invite(
            p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "Watch my questioning?");
    ObservationView mine = observations.mine().get(0);
    assertEquals(id, mine.id());
    assertEquals("INVITED", mine.state());
    assertEquals("INVITER", mine.myPart());
    assertFalse(mine.iWatch(), "the invitee watches the inviter");
    assertFalse(mine.mayAccept(), "the inviter does not answer their own invitation");
    assertEquals(List.of("Riverside Academy"), mine.inviteeSchools());
    assertThrows(NotPermittedException.class, () -> observations.accept(id));

    acting.as(p.invitee());
    ObservationView theirs = observations.mine().get(0);
    assertTrue(theirs.mayAccept());
    assertTrue(theirs.iWatch());
    assertEquals("Watch my questioning?", theirs.message());
    observations.accept(id);
    assertEquals("ACCEPTED", observations.detail(id).observation().state());

    acting.as(p.inviter());
    observations.agree(id, new LessonSlot(today().plusDays(7), "Period 3", "Year 5 maths"));
    ObservationView agreed = observations.detail(id).observation();
    assertEquals("SCHEDULED", agreed.state());
    assertFalse(agreed.mayRecordFeedback(), "not before the lesson's day");
    assertEquals("error.observation.notYet", refusal(() -> observations.markDone(id)));
    assertEquals(
        "error.observation.feedbackNotYet",
        refusal(() -> observations.recordFeedback(id, WELL, NEXT)));
    acting.as(p.invitee()); // either may change it: moved to today
    observations.agree(id, new LessonSlot(today(), "Period 1", "Year 5 maths: fractions"));
    assertEquals(today(), observations.detail(id).observation().lessonOn());

    observations.recordFeedback(id, WELL, NEXT);
    acting.as(p.inviter());
    ObservationDetail detail = observations.detail(id);
    assertEquals("COMPLETED", detail.observation().state());
    assertNull(detail.mine());
    assertEquals(WELL, detail.partner().wentWell());
    observations.recordFeedback(id, "Calmer start", "Try mini whiteboards");
    observations.recordFeedback(id, "Calmer start", "Try mini whiteboards, twice a week");
    acting.as(p.invitee());
    ObservationDetail after = observations.detail(id);
    assertEquals(WELL, after.mine().wentWell());
    assertEquals("Try mini whiteboards, twice a week", after.partner().nextSteps());
    assertFalse(after.observation().mayCancel());
    assertEquals(before + 1, oakfieldCount(), "counted for the inviter's school");
  }

  @Test
  void nobodyButTheTwoReadsTheFeedbackOrActsOnTheirObservation() {
    Pair p = pair();
    long id = agreedToday(p);
    observations.recordFeedback(id, WELL, NEXT);
    Pair others = pair();
    long theirs = agreedToday(others);

    for (Runnable who :
        List.<Runnable>of(
            () -> acting.as(p.third()),
            () -> acting.as("school.admin"), // admin of the inviter's school
            () -> acting.as("riverside.admin"), // admin of the invitee's school
            () -> acting.as("trust.admin"),
            () -> acting.as(others.inviter()))) { // of another pair: a forged id
      who.run();
      assertThrows(NotFoundException.class, () -> observations.detail(id));
      assertThrows(NotFoundException.class, () -> observations.recordFeedback(id, "x", "y"));
      assertThrows(NotFoundException.class, () -> observations.cancel(id));
      assertThrows(NotFoundException.class, () -> observations.markDone(id));
      assertThrows(NotFoundException.class, () -> observations.accept(id));
      assertThrows(NotFoundException.class, () -> observations.decline(id, ""));
      assertThrows(
          NotFoundException.class,
          () -> observations.agree(id, new LessonSlot(today(), "P1", "Other")));
      assertTrue(observations.mine().stream().noneMatch(o -> o.id() == id));
    }
    acting.as(p.inviter()); // one of a pair, on another pair's observation
    assertThrows(NotFoundException.class, () -> observations.detail(theirs));
    assertThrows(NotFoundException.class, () -> observations.cancel(theirs));
    assertThrows(NotFoundException.class, () -> observations.detail(Long.MAX_VALUE));
    ObservationDetail still = observations.detail(id);
    assertEquals(WELL, still.partner().wentWell());
    assertEquals("COMPLETED", still.observation().state());

    acting.as("trust.admin");
    assertTrue(
        audit
            .browse(new AuditQuery(null, null, null, null, null), PageRequest.first(200))
            .rows()
            .stream()
            .noneMatch(
                r ->
                    String.valueOf(r.after()).contains(WELL)
                        || String.valueOf(r.summary()).contains(WELL)
                        || String.valueOf(r.after()).contains(NEXT)),
        "the audit trail never holds the feedback");
  }

  @Test
  void badInputIsRefusedWithNothingSaved() {
    Pair p = pair();
    acting.as(p.inviter());
    assertEquals(
        "error.observation.messageTooLong",
        refusal(
            () ->
                observations.invite(
                    p.invitee(),
                    ObservationDirection.INVITER_WATCHES,
                    null,
                    "m".repeat(PeerObservation.MESSAGE_LENGTH + 1))));
    assertEquals(
        "error.observation.self",
        refusal(
            () ->
                observations.invite(p.inviter(), ObservationDirection.INVITER_WATCHES, null, "")));
    assertEquals(
        "error.observation.focusArea",
        refusal(
            () ->
                observations.invite(
                    p.invitee(), ObservationDirection.INVITER_WATCHES, Long.MAX_VALUE, "")));
    assertEquals(
        "error.observation.inviteeInactive",
        refusal(
            () ->
                observations.invite(
                    Long.MAX_VALUE - 1, ObservationDirection.INVITER_WATCHES, null, "")));
    assertEquals(List.of(), observations.mine(), "nothing saved");

    long id = observations.invite(p.invitee(), ObservationDirection.INVITER_WATCHES, null, "");
    assertEquals(
        "error.observation.duplicate",
        refusal(
            () ->
                observations.invite(p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "")));
    acting.as(p.invitee()); // the other way round is the same two
    assertEquals(
        "error.observation.duplicate",
        refusal(
            () ->
                observations.invite(p.inviter(), ObservationDirection.INVITEE_WATCHES, null, "")));
    assertEquals(
        "error.observation.reasonTooLong",
        refusal(() -> observations.decline(id, "r".repeat(PeerObservation.REASON_LENGTH + 1))));
    assertEquals(
        "error.observation.notAccepted",
        refusal(() -> observations.agree(id, new LessonSlot(today(), "P1", "Maths"))));
    observations.accept(id);
    assertEquals(
        "error.observation.datePast",
        refusal(() -> observations.agree(id, new LessonSlot(today().minusDays(1), "P1", "Maths"))));
    assertEquals(
        "error.observation.lessonTooLong",
        refusal(
            () ->
                observations.agree(
                    id, new LessonSlot(today(), "P1", "l".repeat(LessonSlot.LESSON_LENGTH + 1)))));
    assertEquals(
        "error.observation.timeTooLong",
        refusal(
            () ->
                observations.agree(
                    id, new LessonSlot(today(), "t".repeat(LessonSlot.TIME_LENGTH + 1), "M"))));
    ObservationView unchanged = observations.detail(id).observation();
    assertEquals("ACCEPTED", unchanged.state());
    assertNull(unchanged.lessonOn());
    observations.agree(id, new LessonSlot(today(), "P1", "Maths"));
    assertEquals(
        "error.observation.wentWellTooLong",
        refusal(
            () ->
                observations.recordFeedback(
                    id, "w".repeat(ObservationFeedback.TEXT_LENGTH + 1), "")));
    assertEquals(
        "error.observation.feedbackEmpty", refusal(() -> observations.recordFeedback(id, " ", "")));
    ObservationDetail none = observations.detail(id);
    assertNull(none.mine());
    assertEquals("SCHEDULED", none.observation().state(), "a refused feedback completes nothing");

    observations.cancel(id);
    acting.as(p.inviter()); // once closed, the two may be invited again
    long again = observations.invite(p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "");
    acting.as(p.invitee());
    observations.decline(again, "Inspection that week");
    acting.as(p.inviter());
    assertEquals("Inspection that week", observations.detail(again).observation().declineReason());
    assertEquals("error.observation.notOpen", refusal(() -> observations.cancel(again)));
  }

  @Test
  void aLeaverCannotBeInvitedAndTheirOpenObservationsAreCancelled() {
    Pair p = pair();
    acting.as(p.third());
    long open = observations.invite(p.invitee(), ObservationDirection.INVITER_WATCHES, null, "");
    acting.as("trust.admin");
    administration.markLeft(p.invitee(), directory.person(p.invitee()).version());
    acting.as(p.inviter());
    assertEquals(
        "error.observation.inviteeInactive",
        refusal(
            () ->
                observations.invite(p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "")));
    assertEquals(
        "error.observation.inviteeInactive", refusal(() -> observations.invitation(p.invitee())));
    assertEquals(List.of(), observations.mine());
    acting.as(p.third());
    assertEquals("CANCELLED", observations.detail(open).observation().state());
  }

  @Test
  void theCountsAreNumbersPerSchoolForAdminsOnly() {
    Pair p = pair();
    long id = agreedToday(p);
    observations.markDone(id);
    assertEquals(
        Set.of("schoolId", "schoolName", "completed"),
        Arrays.stream(SchoolObservationCount.class.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toSet()),
        "a count carries no content");

    acting.as("school.admin"); // Oakfield only
    List<SchoolObservationCount> mine = observations.completedBySchool();
    assertEquals(
        List.of("Oakfield Primary School"), mine.stream().map(c -> c.schoolName()).toList());
    assertTrue(mine.get(0).completed() >= 1);
    assertTrue(observations.maySeeCounts());

    acting.as("trust.admin");
    Map<String, Long> all =
        observations.completedBySchool().stream()
            .collect(Collectors.toMap(SchoolObservationCount::schoolName, c -> c.completed()));
    assertTrue(all.get("Riverside Academy") >= 1);
    assertTrue(all.containsKey("Willow Bank Special School"));

    acting.as(p.third());
    assertFalse(observations.maySeeCounts());
    assertThrows(NotPermittedException.class, () -> observations.completedBySchool());
    acting.nobody();
    assertThrows(NotPermittedException.class, () -> observations.mine());
  }

  @Test
  void theInviteeIsMailedOfTheInvitationAndTheInviterOfTheAnswer() throws Exception {
    Pair p = pair();
    acting.as("trust.admin");
    String inviteeEmail = directory.person(p.invitee()).email();
    String inviterEmail = directory.person(p.inviter()).email();
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.as(p.inviter());
      long id = observations.invite(p.invitee(), ObservationDirection.INVITEE_WATCHES, null, "");
      MimeMessage invited = mailTo(smtp, inviteeEmail);
      assertTrue(invited.getSubject().contains("invites you to a peer observation"));
      acting.as(p.invitee());
      observations.accept(id);
      MimeMessage answered = mailTo(smtp, inviterEmail);
      assertTrue(answered.getSubject().contains("accepted your observation invitation"));
    } finally {
      smtp.stop();
    }
  }

  private static MimeMessage mailTo(GreenMail smtp, String to) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Function<GreenMail, List<MimeMessage>> to_ =
        s ->
            Arrays.stream(s.getReceivedMessages())
                .filter(
                    m -> {
                      try {
                        return to.equals(m.getRecipients(Message.RecipientType.TO)[0].toString());
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .toList();
    while (to_.apply(smtp).isEmpty() && System.nanoTime() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    List<MimeMessage> mails = to_.apply(smtp);
    assertEquals(1, mails.size(), "one mail to " + to);
    return mails.get(0);
  }
}
