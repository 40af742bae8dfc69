package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.networks.application.CoachingService;
import org.trustintranet.networks.application.MeetingLine;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.PairingDetail;
import org.trustintranet.networks.application.PairingView;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.MeetingDetails;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;

/**
 * Coaching against the real database: a lead pairs a coach from one school with a coachee from
 * another; the pair read and write their notes, actions and goals, which nobody else reads by the
 * service (the lead and the trust admin see the days they met; another member, and anyone outside
 * the network, do not see the pairing at all); a coach's limit, a coachee's one coach and
 * membership are kept; crafted calls by others are refused; bad input saves nothing; a pairing ends
 * when a lead ends it, when either leaves the network or the trust; the audit trail never holds the
 * pair's words.
 */
@ExtendWith(ArquillianExtension.class)
class CoachingIT {
  private static final String SECRET = "Private worry about the deputy";
  private static final String ACTION = "Shadow a budget meeting";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        CoachingIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NetworkService networks;
  @Inject CoachingService coaching;
  @Inject Acting acting;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;
  @Inject AuditTrail audit;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A coaching scene: an open network led by {@code lead}, four members from two schools. */
  private record Scene(
      long network, long lead, long coach, long coachee, long other, long other2) {}

  private Scene scene() {
    long lead = person("lead", "Oakfield Primary School");
    long coach = person("coach", "Riverside Academy");
    long coachee = person("coachee", "Oakfield Primary School");
    long other = person("other", "Oakfield Primary School");
    long other2 = person("other2", "Riverside Academy");
    acting.as("trust.admin");
    long network =
        networks.create(
            new NetworkDetails(
                "Coaching " + Long.toString(System.nanoTime(), 36),
                "New heads and their coaches",
                NetworkKind.PHASE_OR_ROLE,
                Joining.OPEN,
                false,
                null),
            lead);
    for (long member : List.of(coach, coachee, other, other2)) {
      acting.as(member);
      networks.join(network);
    }
    return new Scene(network, lead, coach, coachee, other, other2);
  }

  private long person(String prefix, String school) {
    acting.as("trust.admin");
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Coaching", prefix, "Headteacher"),
        acting.school(school),
        SchoolRole.TEACHER);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void thePairReadTheirNotesLeadsAndAdminsSeeOnlyTheDayOthersNotEvenThePairing() {
    Scene s = scene();
    acting.as(s.lead());
    long pair = coaching.pair(s.network(), s.coach(), s.coachee());

    acting.as(s.coach());
    coaching.logMeeting(pair, new MeetingDetails(today(), ACTION, SECRET));
    long goal = coaching.setGoal(pair, "Lead the first governors' meeting");
    acting.as(s.coachee());
    coaching.recordProgress(goal, GoalStatus.IN_PROGRESS, "Agenda drafted");
    PairingDetail mine = coaching.pairing(pair);
    assertTrue(mine.mayReadPrivate() && mine.mayWrite());
    assertEquals(SECRET, mine.meetings().get(0).notes());
    assertEquals(ACTION, mine.meetings().get(0).actions());
    assertEquals("IN_PROGRESS", mine.goals().get(0).status());
    assertEquals("COACHEE", mine.pairing().myRole());
    assertEquals(List.of("Riverside Academy"), mine.pairing().coachSchools());

    for (String overseer : List.of("lead", "trust.admin")) {
      if (overseer.equals("lead")) {
        acting.as(s.lead());
      } else {
        acting.as(overseer);
      }
      PairingDetail seen = coaching.pairing(pair);
      assertFalse(seen.mayReadPrivate(), overseer);
      assertFalse(seen.mayWrite(), overseer);
      assertTrue(seen.mayEnd(), overseer);
      MeetingLine line = seen.meetings().get(0);
      assertEquals(today(), line.metOn());
      assertNull(line.notes(), overseer + " never reads the notes");
      assertNull(line.actions(), overseer + " never reads the actions");
      assertEquals(List.of(), seen.goals(), overseer + " never reads the goals");
      PairingView row = coaching.overview(s.network()).pairings().get(0);
      assertEquals(today(), row.lastMet());
      assertEquals(1, row.meetings());
      assertFalse(row.stalled());
      assertThrows(
          NotPermittedException.class,
          () -> coaching.logMeeting(pair, new MeetingDetails(today(), "", "")));
      assertThrows(NotPermittedException.class, () -> coaching.setGoal(pair, "Theirs"));
      assertThrows(
          NotPermittedException.class,
          () -> coaching.recordProgress(goal, GoalStatus.ACHIEVED, "done"));
    }

    acting.as(s.other());
    assertThrows(NotFoundException.class, () -> coaching.pairing(pair));
    assertEquals(List.of(), coaching.overview(s.network()).pairings());
    assertFalse(coaching.overview(s.network()).mayPair());
    assertThrows(
        NotFoundException.class,
        () -> coaching.logMeeting(pair, new MeetingDetails(today(), "", "")));
    assertThrows(
        NotFoundException.class, () -> coaching.recordProgress(goal, GoalStatus.DROPPED, ""));
    acting.as("teacher"); // in the trust, not in the network
    assertThrows(NotFoundException.class, () -> coaching.pairing(pair));
    assertEquals(List.of(), coaching.mine().stream().filter(p -> p.id() == pair).toList());

    acting.as("trust.admin");
    List<AuditRecord> trail =
        audit.browse(new AuditQuery(null, null, null, null, null), PageRequest.first(100)).rows();
    assertTrue(
        trail.stream()
            .noneMatch(
                r ->
                    String.valueOf(r.after()).contains(SECRET)
                        || String.valueOf(r.after()).contains(ACTION)
                        || String.valueOf(r.summary()).contains(SECRET)),
        "the audit trail never holds the pair's words");
  }

  @Test
  void aCoachTakesNoMoreThanTheLimitAndACoacheeHasOneCoachAndOnlyMembersArePaired() {
    Scene s = scene();
    acting.as(s.lead());
    coaching.limitCoachees(s.network(), 1);
    assertEquals(1, coaching.overview(s.network()).coachLimit());
    coaching.pair(s.network(), s.coach(), s.coachee());
    assertEquals(
        "error.coaching.coachFull",
        refusal(() -> coaching.pair(s.network(), s.coach(), s.other())));
    assertEquals(
        "error.coaching.alreadyCoached",
        refusal(() -> coaching.pair(s.network(), s.other(), s.coachee())));
    assertEquals(
        "error.coaching.samePerson",
        refusal(() -> coaching.pair(s.network(), s.other(), s.other())));
    long outsider = person("outsider", "Riverside Academy");
    acting.as(s.lead());
    assertEquals(
        "error.coaching.notMembers",
        refusal(() -> coaching.pair(s.network(), outsider, s.other())));
    assertEquals(
        "error.coaching.limitRange", refusal(() -> coaching.limitCoachees(s.network(), 0)));
    assertEquals(
        "error.coaching.limitRange", refusal(() -> coaching.limitCoachees(s.network(), 11)));
    assertEquals(1, coaching.overview(s.network()).pairings().size(), "nothing more saved");
    assertEquals(1, coaching.overview(s.network()).coachLimit());

    acting.as(s.other()); // a member, not a lead: a crafted call
    assertThrows(
        NotPermittedException.class, () -> coaching.pair(s.network(), s.other2(), s.other()));
    assertThrows(NotPermittedException.class, () -> coaching.limitCoachees(s.network(), 5));
    acting.as("school.admin"); // an admin of a school, not a lead of this network
    assertThrows(
        NotPermittedException.class, () -> coaching.pair(s.network(), s.other2(), s.other()));

    acting.as(s.lead());
    coaching.limitCoachees(s.network(), 2);
    coaching.pair(s.network(), s.coach(), s.other());
    assertEquals(2, coaching.overview(s.network()).pairings().size());
  }

  @Test
  void badMeetingsAndGoalsAreRefusedWithNothingSaved() {
    Scene s = scene();
    acting.as(s.lead());
    long pair = coaching.pair(s.network(), s.coach(), s.coachee());
    acting.as(s.coach());
    assertEquals(
        "error.coaching.dateInFuture",
        refusal(
            () -> coaching.logMeeting(pair, new MeetingDetails(today().plusDays(1), "a", "b"))));
    assertEquals(
        "error.coaching.dateOutsideYear",
        refusal(
            () -> coaching.logMeeting(pair, new MeetingDetails(today().minusYears(1), "a", "b"))));
    assertEquals(
        "error.coaching.notesTooLong",
        refusal(
            () ->
                coaching.logMeeting(
                    pair,
                    new MeetingDetails(
                        today(), "a", "x".repeat(MeetingDetails.NOTES_LENGTH + 1)))));
    assertEquals("error.coaching.goalRequired", refusal(() -> coaching.setGoal(pair, "  ")));
    assertEquals(
        "error.coaching.goalTooLong", refusal(() -> coaching.setGoal(pair, "g".repeat(301))));
    PairingDetail detail = coaching.pairing(pair);
    assertEquals(List.of(), detail.meetings());
    assertEquals(List.of(), detail.goals());
    assertEquals(0, detail.pairing().meetings());
    assertNull(detail.pairing().lastMet());
    long goal = coaching.setGoal(pair, "Observe a lesson at another school");
    assertEquals(
        "error.coaching.statusRequired", refusal(() -> coaching.recordProgress(goal, null, "")));
    assertEquals(
        "error.coaching.progressTooLong",
        refusal(() -> coaching.recordProgress(goal, GoalStatus.ACHIEVED, "p".repeat(2001))));
    assertEquals("NOT_STARTED", coaching.pairing(pair).goals().get(0).status());
  }

  @Test
  void aPairingEndsWhenALeadEndsItOrEitherLeavesTheNetworkOrTheTrustAndTheirWordsStay() {
    Scene s = scene();
    acting.as(s.lead());
    long ended = coaching.pair(s.network(), s.coach(), s.coachee());
    long leftNetwork = coaching.pair(s.network(), s.coach(), s.other());
    long leftTrust = coaching.pair(s.network(), s.other2(), s.lead());
    acting.as(s.coach());
    coaching.logMeeting(ended, new MeetingDetails(today(), ACTION, SECRET));

    acting.as(s.coachee()); // of the pair, not a lead
    assertThrows(NotPermittedException.class, () -> coaching.end(ended));
    acting.as(s.other()); // of the network, not of the pair
    assertThrows(NotFoundException.class, () -> coaching.end(ended));
    acting.as(s.lead());
    coaching.end(ended);
    assertEquals("error.coaching.closed", refusal(() -> coaching.end(ended)));
    acting.as(s.coach());
    assertEquals(
        "error.coaching.closed",
        refusal(() -> coaching.logMeeting(ended, new MeetingDetails(today(), "", ""))));
    PairingDetail after = coaching.pairing(ended);
    assertFalse(after.pairing().open());
    assertEquals("LEAD", after.pairing().endedWhy());
    assertEquals(SECRET, after.meetings().get(0).notes(), "what they wrote stays theirs");

    acting.as(s.other());
    networks.leave(s.network());
    assertEquals("LEFT_NETWORK", coaching.pairing(leftNetwork).pairing().endedWhy());

    acting.as("trust.admin");
    administration.markLeft(s.other2(), directory.person(s.other2()).version());
    acting.as(s.lead());
    PairingView gone = coaching.pairing(leftTrust).pairing();
    assertFalse(gone.open());
    assertEquals("LEFT_TRUST", gone.endedWhy());
  }
}
