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

/** The rules of open classrooms: the details, the limit, the day, one's own offer, cancelling. */
class OpenClassroomTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private static final long TEACHER = 7;
  private static final long OAKFIELD = 1;
  private static final long RIVERSIDE = 2;

  private static OpenClassroomDetails details(int limit) {
    return new OpenClassroomDetails(
        TODAY.plusDays(3),
        LocalTime.of(10, 0),
        LocalTime.of(11, 0),
        "Period 2",
        "Year 5",
        "Mathematics",
        3L,
        "Fractions with mini-whiteboards",
        limit);
  }

  private static OpenClassroom offer(int limit) {
    return new OpenClassroom(TEACHER, OAKFIELD, details(limit), TODAY, NOW);
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  private static String refusedDetails(
      LocalTime starts,
      LocalTime ends,
      String period,
      String group,
      String subject,
      Long area,
      String description,
      int limit) {
    return refusal(
        () ->
            new OpenClassroomDetails(
                TODAY.plusDays(1), starts, ends, period, group, subject, area, description, limit));
  }

  @Test
  void theLimitIsOneToThirty() {
    assertEquals(1, details(1).visitorLimit());
    assertEquals(30, details(30).visitorLimit());
    assertEquals("error.openClassroom.limit", refusal(() -> details(0)));
    assertEquals("error.openClassroom.limit", refusal(() -> details(31)));
    assertEquals("error.openClassroom.limit", refusal(() -> details(-5)));
  }

  @Test
  void aPastDayIsRefusedTodayIsFine() {
    OpenClassroomDetails yesterday =
        new OpenClassroomDetails(
            TODAY.minusDays(1), null, null, "Period 1", "Year 2", "PE", 1L, "Games", 5);
    assertEquals(
        "error.openClassroom.datePast",
        refusal(() -> new OpenClassroom(TEACHER, OAKFIELD, yesterday, TODAY, NOW)));
    OpenClassroomDetails today =
        new OpenClassroomDetails(TODAY, null, null, "Period 1", "Year 2", "PE", 1L, "Games", 5);
    assertTrue(new OpenClassroom(TEACHER, OAKFIELD, today, TODAY, NOW).isOpen());
  }

  @Test
  void theEndComesAfterTheStartAndAPeriodOrTimesAreNeeded() {
    String x = "x";
    assertEquals(
        "error.openClassroom.endBeforeStart",
        refusedDetails(LocalTime.of(11, 0), LocalTime.of(10, 0), "", x, x, 1L, x, 5));
    assertEquals(
        "error.openClassroom.endBeforeStart",
        refusedDetails(LocalTime.of(11, 0), LocalTime.of(11, 0), "", x, x, 1L, x, 5));
    assertEquals(
        "error.openClassroom.bothTimes",
        refusedDetails(LocalTime.of(11, 0), null, "P1", x, x, 1L, x, 5));
    assertEquals(
        "error.openClassroom.whenRequired", refusedDetails(null, null, "  ", x, x, 1L, x, 5));
    assertEquals(
        "error.openClassroom.dateRequired",
        refusal(() -> new OpenClassroomDetails(null, null, null, "P1", x, x, 1L, x, 5)));
    OpenClassroomDetails periodOnly =
        new OpenClassroomDetails(TODAY, null, null, " Period 4 ", x, x, 1L, x, 5);
    assertEquals("Period 4", periodOnly.periodLabel());
  }

  @Test
  void requiredFieldsAndLengths() {
    LocalTime a = LocalTime.of(9, 0);
    LocalTime b = LocalTime.of(10, 0);
    assertEquals(
        "error.openClassroom.classRequired", refusedDetails(a, b, "", " ", "Art", 1L, "d", 5));
    assertEquals(
        "error.openClassroom.subjectRequired", refusedDetails(a, b, "", "Y1", null, 1L, "d", 5));
    assertEquals(
        "error.openClassroom.focusAreaRequired",
        refusedDetails(a, b, "", "Y1", "Art", null, "d", 5));
    assertEquals(
        "error.openClassroom.descriptionRequired",
        refusedDetails(a, b, "", "Y1", "Art", 1L, "", 5));
    assertEquals(
        "error.openClassroom.classTooLong",
        refusedDetails(a, b, "", "y".repeat(61), "Art", 1L, "d", 5));
    assertEquals(
        "error.openClassroom.subjectTooLong",
        refusedDetails(a, b, "", "Y1", "s".repeat(81), 1L, "d", 5));
    assertEquals(
        "error.openClassroom.descriptionTooLong",
        refusedDetails(a, b, "", "Y1", "Art", 1L, "d".repeat(1001), 5));
    assertEquals(
        "error.openClassroom.periodTooLong",
        refusedDetails(a, b, "p".repeat(41), "Y1", "Art", 1L, "d", 5));
  }

  @Test
  void neverPastTheLimit() {
    OpenClassroom offer = offer(2);
    offer.signUp(8, TODAY);
    offer.signUp(9, TODAY);
    assertEquals(2, offer.getTaken());
    assertFalse(offer.hasFreePlace());
    assertEquals("error.openClassroom.full", refusal(() -> offer.signUp(10, TODAY)));
    offer.placeGivenBack();
    offer.signUp(10, TODAY);
    assertEquals(2, offer.getTaken());
  }

  @Test
  void signingUpForOnesOwnOfferIsRefused() {
    OpenClassroom offer = offer(5);
    assertEquals("error.openClassroom.ownOffer", refusal(() -> offer.signUp(TEACHER, TODAY)));
    assertEquals(0, offer.getTaken());
    UserProfile teacher =
        new UserProfile(TEACHER, "Tom", Set.of(), Map.of(OAKFIELD, SchoolRole.TEACHER));
    assertFalse(OpenClassroomPolicy.maySignUp(teacher, offer));
  }

  @Test
  void noSignUpOnceCancelledOrOver() {
    OpenClassroom offer = offer(5);
    assertEquals("error.openClassroom.over", refusal(() -> offer.signUp(8, TODAY.plusDays(4))));
    offer.cancel(TEACHER, NOW);
    assertEquals("error.openClassroom.cancelled", refusal(() -> offer.signUp(8, TODAY)));
    assertEquals("error.openClassroom.cancelled", refusal(() -> offer.cancel(TEACHER, NOW)));
    assertEquals(OpenClassroomState.CANCELLED, offer.getState());
  }

  @Test
  void theTeacherAndTheAdminsOfTheirSchoolManageNobodyElse() {
    OpenClassroom offer = offer(5);
    UserProfile teacher =
        new UserProfile(TEACHER, "Tom", Set.of(), Map.of(OAKFIELD, SchoolRole.TEACHER));
    UserProfile oakfieldAdmin =
        new UserProfile(20, "Helen", Set.of(), Map.of(OAKFIELD, SchoolRole.SCHOOL_ADMIN));
    UserProfile riversideAdmin =
        new UserProfile(21, "Owen", Set.of(), Map.of(RIVERSIDE, SchoolRole.SCHOOL_ADMIN));
    UserProfile trustAdmin = new UserProfile(22, "Priya", Set.of(TrustRole.TRUST_ADMIN), Map.of());
    UserProfile colleague =
        new UserProfile(23, "Grace", Set.of(), Map.of(RIVERSIDE, SchoolRole.TEACHER));
    assertTrue(OpenClassroomPolicy.mayManage(teacher, offer));
    assertTrue(OpenClassroomPolicy.mayManage(oakfieldAdmin, offer));
    assertTrue(OpenClassroomPolicy.mayManage(trustAdmin, offer));
    assertFalse(OpenClassroomPolicy.mayManage(riversideAdmin, offer));
    assertFalse(OpenClassroomPolicy.mayManage(colleague, offer));
    assertFalse(OpenClassroomPolicy.mayManage(UserProfile.ANONYMOUS, offer));
    assertTrue(OpenClassroomPolicy.maySignUp(colleague, offer));
    assertFalse(OpenClassroomPolicy.maySignUp(UserProfile.ANONYMOUS, offer));
  }

  @Test
  void aVisitIsBookedOnceAndWithdrawnOnce() {
    OpenClassroomVisit visit = new OpenClassroomVisit(1, 8, RIVERSIDE, NOW);
    assertTrue(visit.isBooked());
    assertEquals("error.openClassroom.alreadySignedUp", refusal(() -> visit.rebook(2, NOW)));
    visit.withdraw();
    assertEquals("error.openClassroom.notSignedUp", refusal(visit::withdraw));
    visit.rebook(OAKFIELD, NOW);
    assertTrue(visit.isBooked());
  }

  @Test
  void theReminderIsDueTheDayBeforeOnce() {
    OpenClassroom offer = offer(5);
    assertFalse(offer.needsReminder(TODAY));
    assertTrue(offer.needsReminder(TODAY.plusDays(2)));
    offer.reminded(NOW);
    assertFalse(offer.needsReminder(TODAY.plusDays(2)));
    OpenClassroom cancelled = offer(5);
    cancelled.cancel(TEACHER, NOW);
    assertFalse(cancelled.needsReminder(TODAY.plusDays(2)));
  }
}
