package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class ProgrammeRulesTest {
  private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
  private static final Term AUTUMN = new Term(2026, Term.Season.AUTUMN);

  private static ProgrammeDetails details(int places, int cost) {
    return new ProgrammeDetails(
        "Behaviour", CareerStage.EARLY_CAREER_TEACHER, "About", 1, AUTUMN, places, cost);
  }

  private static Programme published(int places, int cost) {
    Programme p = new Programme(details(places, cost), 9, NOW);
    p.publish();
    return p;
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  @Test
  void aFreeProgrammeGivesPlacesThenTheWaitingList() {
    Programme p = published(2, 0);
    assertEquals(RegistrationState.PLACE, p.register());
    assertEquals(RegistrationState.PLACE, p.register());
    assertEquals(RegistrationState.WAITING, p.register());
    assertEquals(2, p.getTaken());
    p.givePlaceBack();
    assertTrue(p.hasFreePlace());
    assertEquals(RegistrationState.PLACE, p.admit());
  }

  @Test
  void aProgrammeWithACostWaitsForApprovalFirst() {
    Programme p = published(1, 7500);
    assertEquals(RegistrationState.REQUESTED, p.register());
    assertEquals(0, p.getTaken(), "a request takes no place");
    Registration r = new Registration(1, 2, 3, RegistrationState.REQUESTED, NOW);
    r.approve(p.admit(), 4, NOW);
    assertEquals(RegistrationState.PLACE, r.getState());
    Registration second = new Registration(1, 5, 3, RegistrationState.REQUESTED, NOW);
    second.approve(p.admit(), 4, NOW);
    assertEquals(RegistrationState.WAITING, second.getState());
  }

  @Test
  void onlyAPublishedProgrammeTakesRegistrations() {
    Programme draft = new Programme(details(5, 0), 9, NOW);
    assertEquals("error.learning.closed", refusal(draft::register));
    draft.publish();
    draft.withdraw();
    assertEquals("error.learning.closed", refusal(draft::register));
    assertEquals("error.learning.withdrawn", refusal(draft::publish));
  }

  @Test
  void aDeclineNeedsAReasonAndOnlyARequestIsDecided() {
    Registration r = new Registration(1, 2, 3, RegistrationState.REQUESTED, NOW);
    assertEquals("error.learning.reasonRequired", refusal(() -> r.decline("  ", 4, NOW)));
    assertEquals("error.learning.reasonTooLong", refusal(() -> r.decline("x".repeat(501), 4, NOW)));
    r.decline("No budget left this term", 4, NOW);
    assertEquals(RegistrationState.DECLINED, r.getState());
    assertEquals(
        "error.learning.notRequested", refusal(() -> r.approve(RegistrationState.PLACE, 4, NOW)));
    r.reopen(3, RegistrationState.REQUESTED, NOW);
    assertEquals(RegistrationState.REQUESTED, r.getState());
    assertEquals(null, r.getReason());
  }

  @Test
  void cancellingSaysWhetherAPlaceWasHeldAndALiveRegistrationCannotReopen() {
    Registration placed = new Registration(1, 2, 3, RegistrationState.PLACE, NOW);
    assertEquals(
        "error.learning.alreadyRegistered",
        refusal(() -> placed.reopen(3, RegistrationState.PLACE, NOW)));
    assertTrue(placed.cancel());
    assertEquals("error.learning.notRegistered", refusal(placed::cancel));
    assertFalse(new Registration(1, 2, 3, RegistrationState.WAITING, NOW).cancel());
  }

  @Test
  void placesCannotFallBelowThoseGivenNorTheProviderChange() {
    Programme p = published(3, 0);
    p.register();
    p.register();
    assertEquals("error.learning.placesBelowTaken", refusal(() -> p.revise(details(1, 0))));
    assertEquals(
        "error.learning.providerFixed",
        refusal(
            () -> p.revise(new ProgrammeDetails("B", CareerStage.MENTOR, "", 2, AUTUMN, 3, 0))));
    p.revise(details(2, 0));
    assertFalse(p.hasFreePlace());
  }

  @Test
  void badDetailsAreRefused() {
    assertEquals(
        "error.learning.titleRequired",
        refusal(() -> new ProgrammeDetails(" ", CareerStage.MENTOR, "", 1, AUTUMN, 5, 0)));
    assertEquals(
        "error.learning.titleTooLong",
        refusal(
            () -> new ProgrammeDetails("x".repeat(151), CareerStage.MENTOR, "", 1, AUTUMN, 5, 0)));
    assertEquals(
        "error.learning.descriptionTooLong",
        refusal(
            () ->
                new ProgrammeDetails("T", CareerStage.MENTOR, "x".repeat(4001), 1, AUTUMN, 5, 0)));
    assertEquals(
        "error.learning.places",
        refusal(() -> new ProgrammeDetails("T", CareerStage.MENTOR, "", 1, AUTUMN, 0, 0)));
    assertEquals(
        "error.learning.cost",
        refusal(() -> new ProgrammeDetails("T", CareerStage.MENTOR, "", 1, AUTUMN, 5, -1)));
    assertEquals(
        "error.learning.stageRequired",
        refusal(() -> new ProgrammeDetails("T", null, "", 1, AUTUMN, 5, 0)));
  }

  @Test
  void aSessionEndsAfterItStartsAndIsSomewhere() {
    LocalDate day = LocalDate.of(2026, 10, 6);
    LocalTime four = LocalTime.of(16, 0);
    assertEquals(
        "error.learning.session.endBeforeStart",
        refusal(() -> new SessionSlot(SessionKind.SESSION, day, four, four, "Hall", null)));
    assertEquals(
        "error.learning.session.whenRequired",
        refusal(() -> new SessionSlot(SessionKind.SESSION, null, four, four, "Hall", null)));
    assertEquals(
        "error.learning.session.whereRequired",
        refusal(() -> new SessionSlot(SessionKind.VISIT, day, four, four.plusHours(1), " ", "")));
    assertEquals(
        "error.learning.session.link",
        refusal(
            () ->
                new SessionSlot(
                    SessionKind.SESSION, day, four, four.plusHours(1), null, "javascript:x")));
    SessionSlot ok = new SessionSlot(null, day, four, four.plusHours(1), " Hall ", null);
    assertEquals(SessionKind.SESSION, ok.kind());
    assertEquals("Hall", ok.place());
  }

  @Test
  void trustAdminsAndTheProvidersAdminsPublishNobodyElse() {
    UserProfile trust = new UserProfile(1, "T", Set.of(TrustRole.TRUST_ADMIN), Map.of());
    UserProfile adminA = new UserProfile(2, "A", Set.of(), Map.of(10L, SchoolRole.SCHOOL_ADMIN));
    UserProfile teacherA = new UserProfile(3, "B", Set.of(), Map.of(10L, SchoolRole.TEACHER));
    assertTrue(ProgrammePolicy.mayPublishFor(trust, 10));
    assertTrue(ProgrammePolicy.mayPublishFor(adminA, 10));
    assertFalse(ProgrammePolicy.mayPublishFor(adminA, 11), "another school's admin");
    assertFalse(ProgrammePolicy.mayPublishFor(teacherA, 10));
    assertFalse(ProgrammePolicy.mayPublishFor(UserProfile.ANONYMOUS, 10));
    assertTrue(ProgrammePolicy.mayDecide(adminA, 10));
    assertFalse(ProgrammePolicy.mayDecide(adminA, 11));
    assertFalse(ProgrammePolicy.mayDecide(teacherA, 10));
    assertTrue(ProgrammePolicy.maySee(teacherA));
  }
}
