package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class CoachingRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final long COACH = 7;
  private static final long COACHEE = 8;
  private static final UserProfile COACH_USER =
      new UserProfile(COACH, "Ruth", Set.of(), Map.of(1L, SchoolRole.TEACHER));
  private static final UserProfile COACHEE_USER =
      new UserProfile(COACHEE, "Sam", Set.of(), Map.of(2L, SchoolRole.TEACHER));
  private static final UserProfile LEAD_USER =
      new UserProfile(3, "Lee", Set.of(), Map.of(1L, SchoolRole.SCHOOL_ADMIN));
  private static final UserProfile ADMIN =
      new UserProfile(1, "Priya", Set.of(TrustRole.TRUST_ADMIN), Map.of());

  private static CoachingPair pair() {
    return new CoachingPair(5, COACH, COACHEE, 3, TODAY, NOW);
  }

  private static String refusal(Executable check) {
    return assertThrows(BusinessException.class, check).messageKey();
  }

  @Test
  void aPairingLastsToTheEndOfItsAcademicYearAndClosesByItself() {
    CoachingPair pair = pair();
    assertEquals(LocalDate.of(2027, 8, 31), pair.getYearEnds());
    assertTrue(pair.isOpen(LocalDate.of(2027, 8, 31)));
    assertFalse(pair.isOpen(LocalDate.of(2027, 9, 1)));
  }

  @Test
  void anEndedPairingIsClosedAndEndingItAgainChangesNothing() {
    CoachingPair pair = pair();
    pair.end(PairEnd.LEAD, TODAY, NOW);
    assertFalse(pair.isOpen(TODAY));
    pair.end(PairEnd.LEFT_TRUST, TODAY, NOW.plusSeconds(60));
    assertEquals(PairEnd.LEAD, pair.getEndedWhy());
    assertEquals(NOW, pair.getEndedAt());
  }

  @Test
  void nobodyCoachesThemselves() {
    assertEquals(
        "error.coaching.samePerson",
        refusal(() -> new CoachingPair(5, COACH, COACH, 3, TODAY, NOW)));
  }

  @Test
  void meetingsAreCountedAndTheLatestDayIsKeptWhateverTheOrderTheyAreLogged() {
    CoachingPair pair = pair();
    pair.met(LocalDate.of(2026, 11, 10));
    pair.met(LocalDate.of(2026, 10, 1));
    assertEquals(2, pair.getMeetings());
    assertEquals(LocalDate.of(2026, 11, 10), pair.getLastMet());
  }

  @Test
  void aPairThatHasNotMetForSixWeeksHasStalledCountedFromPairingWhenTheyNeverMet() {
    CoachingPair pair = pair();
    LocalDate pairedOn = TODAY;
    assertFalse(pair.isStalled(TODAY.plusDays(42), pairedOn));
    assertTrue(pair.isStalled(TODAY.plusDays(43), pairedOn));
    pair.met(TODAY.plusDays(40));
    assertFalse(pair.isStalled(TODAY.plusDays(43), pairedOn));
    pair.end(PairEnd.LEAD, TODAY.plusDays(50), NOW);
    assertFalse(pair.isStalled(TODAY.plusDays(200), pairedOn), "a closed pair is not stalled");
  }

  @Test
  void onlyThePairReadsTheirNotesAndWritesWhileOpenLeadsAndAdminsOnlyOversee() {
    CoachingPair pair = pair();
    NetworkMember lead = NetworkMember.lead(5, 3, NOW);
    assertTrue(CoachingPolicy.mayReadPrivate(COACH_USER, pair));
    assertTrue(CoachingPolicy.mayReadPrivate(COACHEE_USER, pair));
    assertFalse(CoachingPolicy.mayReadPrivate(LEAD_USER, pair));
    assertFalse(CoachingPolicy.mayReadPrivate(ADMIN, pair));
    assertTrue(CoachingPolicy.maySee(LEAD_USER, lead, pair, TODAY));
    assertTrue(CoachingPolicy.maySee(ADMIN, null, pair, TODAY));
    assertFalse(CoachingPolicy.maySee(LEAD_USER, null, pair, TODAY), "not a lead of this network");
    assertFalse(CoachingPolicy.mayWrite(LEAD_USER, pair, TODAY));
    assertTrue(CoachingPolicy.mayWrite(COACHEE_USER, pair, TODAY));
    pair.end(PairEnd.LEAD, TODAY, NOW);
    assertFalse(CoachingPolicy.mayWrite(COACHEE_USER, pair, TODAY));
    assertTrue(CoachingPolicy.mayReadPrivate(COACHEE_USER, pair), "their notes stay theirs");
  }

  @Test
  void aPairingNeedsTwoCurrentMembersAnUncoachedCoacheeAndACoachBelowTheLimit() {
    NetworkMember coach = NetworkMember.member(5, COACH, null, NOW);
    NetworkMember coachee = NetworkMember.member(5, COACHEE, null, NOW);
    CoachingPolicy.checkPairing(coach, coachee, 2, 3, false, TODAY);
    assertEquals(
        "error.coaching.coachFull",
        refusal(() -> CoachingPolicy.checkPairing(coach, coachee, 3, 3, false, TODAY)));
    assertEquals(
        "error.coaching.alreadyCoached",
        refusal(() -> CoachingPolicy.checkPairing(coach, coachee, 0, 3, true, TODAY)));
    assertEquals(
        "error.coaching.notMembers",
        refusal(() -> CoachingPolicy.checkPairing(coach, null, 0, 3, false, TODAY)));
    assertEquals(
        "error.coaching.notMembers",
        refusal(
            () ->
                CoachingPolicy.checkPairing(
                    coach, NetworkMember.request(5, COACHEE, NOW), 0, 3, false, TODAY)));
    assertEquals(
        "error.coaching.samePerson",
        refusal(() -> CoachingPolicy.checkPairing(coach, coach, 0, 3, false, TODAY)));
    LocalDate lapsed = LocalDate.of(2026, 8, 31);
    NetworkMember cohort = NetworkMember.member(5, COACHEE, lapsed, NOW);
    assertEquals(
        "error.coaching.notMembers",
        refusal(() -> CoachingPolicy.checkPairing(coach, cohort, 0, 3, false, TODAY)));
  }

  @Test
  void aMeetingNeedsADayNotToComeWithinThePairingsYearAndWordsWithinTheirLengths() {
    LocalDate yearEnds = LocalDate.of(2027, 8, 31);
    new MeetingDetails(TODAY, "Agreed: observe a phonics lesson", "Private")
        .checkDay(TODAY, yearEnds);
    assertEquals("error.coaching.dateRequired", refusal(() -> new MeetingDetails(null, "", "")));
    assertEquals(
        "error.coaching.dateInFuture",
        refusal(() -> new MeetingDetails(TODAY.plusDays(1), "", "").checkDay(TODAY, yearEnds)));
    assertEquals(
        "error.coaching.dateOutsideYear",
        refusal(
            () -> new MeetingDetails(LocalDate.of(2026, 8, 31), "", "").checkDay(TODAY, yearEnds)));
    assertEquals(
        "error.coaching.notesTooLong",
        refusal(() -> new MeetingDetails(TODAY, "", "x".repeat(MeetingDetails.NOTES_LENGTH + 1))));
    assertEquals(
        "error.coaching.actionsTooLong",
        refusal(
            () -> new MeetingDetails(TODAY, "x".repeat(MeetingDetails.ACTIONS_LENGTH + 1), "")));
  }

  @Test
  void aGoalNeedsWordsAndItsProgressAStatus() {
    assertEquals("error.coaching.goalRequired", refusal(() -> new CoachingGoal(1, " ", 7, NOW)));
    assertEquals(
        "error.coaching.goalTooLong",
        refusal(() -> new CoachingGoal(1, "x".repeat(CoachingGoal.GOAL_LENGTH + 1), 7, NOW)));
    CoachingGoal goal = new CoachingGoal(1, "Lead a staff meeting on feedback", 7, NOW);
    assertEquals(GoalStatus.NOT_STARTED, goal.getStatus());
    assertEquals(
        "error.coaching.statusRequired", refusal(() -> goal.progress(null, "half way", NOW)));
    goal.progress(GoalStatus.IN_PROGRESS, "Planned with the deputy", NOW);
    assertEquals(GoalStatus.IN_PROGRESS, goal.getStatus());
  }

  @Test
  void aNetworksLimitOfCoacheesIsBetweenOneAndTen() {
    Network network =
        new Network(
            new NetworkDetails(
                "Heads", "New heads", NetworkKind.PHASE_OR_ROLE, Joining.OPEN, true, null),
            1,
            TODAY,
            NOW);
    assertEquals(Network.DEFAULT_COACH_LIMIT, network.getCoachLimit());
    assertEquals("error.coaching.limitRange", refusal(() -> network.limitCoachees(0, NOW)));
    assertEquals("error.coaching.limitRange", refusal(() -> network.limitCoachees(11, NOW)));
    network.limitCoachees(2, NOW);
    assertEquals(2, network.getCoachLimit());
  }
}
