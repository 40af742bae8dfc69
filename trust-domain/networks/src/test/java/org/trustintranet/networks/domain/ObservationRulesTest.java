package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;

/** The peer observation's states and who may move it, without a container. */
class ObservationRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final long INVITER = 7;
  private static final long INVITEE = 8;
  private static final long OTHER = 9;

  private static PeerObservation invited(ObservationDirection direction) {
    return new PeerObservation(INVITER, INVITEE, direction, null, "Please", List.of(1L, 2L), NOW);
  }

  private static PeerObservation scheduledFor(LocalDate day) {
    PeerObservation o = invited(ObservationDirection.INVITEE_WATCHES);
    o.accept(INVITEE, NOW);
    o.agree(INVITER, new LessonSlot(day, "Period 3", "Year 5 maths"), day, NOW);
    return o;
  }

  private static String refusal(Executable call) {
    return assertThrows(BusinessException.class, call).messageKey();
  }

  @Test
  void anInvitationIsOpenBetweenTwoAndSaysWhoWatchesWhom() {
    PeerObservation you = invited(ObservationDirection.INVITEE_WATCHES);
    assertEquals(ObservationState.INVITED, you.getState());
    assertTrue(you.getState().isOpen());
    assertEquals(INVITEE, you.observerId());
    assertEquals(INVITER, you.observedId());
    PeerObservation me = invited(ObservationDirection.INVITER_WATCHES);
    assertEquals(INVITER, me.observerId());
    assertEquals(INVITEE, me.observedId());
    assertEquals(Set.of(1L, 2L), me.getSchools());
    assertEquals(PeerObservation.pairKey(8, 7), PeerObservation.pairKey(7, 8));
  }

  @Test
  void nobodyInvitesThemselvesAndTheMessageHasALimit() {
    assertEquals(
        "error.observation.self",
        refusal(
            () ->
                new PeerObservation(
                    7, 7, ObservationDirection.INVITEE_WATCHES, null, "", List.of(), NOW)));
    assertEquals(
        "error.observation.messageTooLong",
        refusal(
            () ->
                new PeerObservation(
                    7,
                    8,
                    ObservationDirection.INVITEE_WATCHES,
                    null,
                    "m".repeat(PeerObservation.MESSAGE_LENGTH + 1),
                    List.of(),
                    NOW)));
    assertEquals(
        "error.observation.directionRequired",
        refusal(() -> new PeerObservation(7, 8, null, null, "", List.of(), NOW)));
  }

  @Test
  void onlyTheInviteeAnswersAndOnlyOnce() {
    PeerObservation o = invited(ObservationDirection.INVITEE_WATCHES);
    assertThrows(NotPermittedException.class, () -> o.accept(INVITER, NOW));
    assertThrows(NotPermittedException.class, () -> o.decline(OTHER, "", NOW));
    assertFalse(o.mayAccept(INVITER));
    assertTrue(o.mayAccept(INVITEE));
    o.accept(INVITEE, NOW);
    assertEquals(ObservationState.ACCEPTED, o.getState());
    assertEquals("error.observation.notInvited", refusal(() -> o.decline(INVITEE, "", NOW)));
  }

  @Test
  void aDeclineMayGiveAReasonWithinItsLimitAndClosesIt() {
    PeerObservation o = invited(ObservationDirection.INVITEE_WATCHES);
    assertEquals(
        "error.observation.reasonTooLong",
        refusal(() -> o.decline(INVITEE, "r".repeat(PeerObservation.REASON_LENGTH + 1), NOW)));
    assertEquals(ObservationState.INVITED, o.getState());
    o.decline(INVITEE, "  Inspection that week  ", NOW);
    assertEquals(ObservationState.DECLINED, o.getState());
    assertEquals("Inspection that week", o.getDeclineReason());
    assertFalse(o.getState().isOpen());
    PeerObservation quiet = invited(ObservationDirection.INVITEE_WATCHES);
    quiet.decline(INVITEE, " ", NOW);
    assertNull(quiet.getDeclineReason());
  }

  @Test
  void eitherAgreesALessonOnlyAfterAcceptingAndNeverInThePast() {
    PeerObservation o = invited(ObservationDirection.INVITER_WATCHES);
    LessonSlot slot = new LessonSlot(TODAY.plusDays(3), "Period 3", "Year 5 maths");
    assertEquals(
        "error.observation.notAccepted", refusal(() -> o.agree(INVITER, slot, TODAY, NOW)));
    o.accept(INVITEE, NOW);
    assertThrows(NotPermittedException.class, () -> o.agree(OTHER, slot, TODAY, NOW));
    assertEquals(
        "error.observation.datePast",
        refusal(
            () -> o.agree(INVITEE, new LessonSlot(TODAY.minusDays(1), "P1", "Maths"), TODAY, NOW)));
    assertEquals(
        "error.observation.dateRequired",
        refusal(() -> o.agree(INVITEE, new LessonSlot(null, "P1", "Maths"), TODAY, NOW)));
    assertEquals(
        "error.observation.timeRequired",
        refusal(() -> o.agree(INVITEE, new LessonSlot(TODAY, " ", "Maths"), TODAY, NOW)));
    assertEquals(
        "error.observation.lessonTooLong",
        refusal(
            () ->
                o.agree(
                    INVITEE,
                    new LessonSlot(TODAY, "P1", "l".repeat(LessonSlot.LESSON_LENGTH + 1)),
                    TODAY,
                    NOW)));
    assertEquals(ObservationState.ACCEPTED, o.getState());
    o.agree(INVITEE, slot, TODAY, NOW);
    assertEquals(ObservationState.SCHEDULED, o.getState());
    o.agree(INVITER, new LessonSlot(TODAY, "Period 5", "Year 6 maths"), TODAY, NOW);
    assertEquals(TODAY, o.getLessonOn());
    assertEquals("Period 5", o.getLessonTime());
    assertEquals(INVITER, o.getScheduledBy());
  }

  @Test
  void itIsCompletedOnlyOnceTheLessonsDayHasCome() {
    PeerObservation future = scheduledFor(TODAY.plusDays(2));
    assertFalse(future.mayRecordFeedback(INVITER, TODAY));
    assertFalse(future.mayMarkDone(INVITEE, TODAY));
    assertEquals("error.observation.notYet", refusal(() -> future.complete(INVITER, TODAY, NOW)));
    PeerObservation today = scheduledFor(TODAY);
    assertTrue(today.mayRecordFeedback(INVITEE, TODAY));
    assertFalse(today.mayRecordFeedback(OTHER, TODAY));
    assertThrows(NotPermittedException.class, () -> today.complete(OTHER, TODAY, NOW));
    today.complete(INVITEE, TODAY, NOW);
    assertEquals(ObservationState.COMPLETED, today.getState());
    assertEquals(INVITEE, today.getCompletedBy());
    today.complete(INVITER, TODAY, NOW); // again: nothing changes
    assertEquals(INVITEE, today.getCompletedBy());
    assertTrue(today.mayRecordFeedback(INVITER, TODAY.plusDays(5)));
    assertFalse(today.mayCancel(INVITER));
    PeerObservation accepted = invited(ObservationDirection.INVITEE_WATCHES);
    accepted.accept(INVITEE, NOW);
    assertEquals(
        "error.observation.notScheduled", refusal(() -> accepted.complete(INVITER, TODAY, NOW)));
  }

  @Test
  void eitherCancelsWhileItIsOpenAndNobodyElse() {
    PeerObservation o = invited(ObservationDirection.INVITEE_WATCHES);
    assertThrows(NotPermittedException.class, () -> o.cancel(OTHER, NOW));
    o.cancel(INVITER, NOW);
    assertEquals(ObservationState.CANCELLED, o.getState());
    assertEquals(INVITER, o.getCancelledBy());
    assertEquals("error.observation.notOpen", refusal(() -> o.cancel(INVITEE, NOW)));
    assertEquals(
        "error.observation.notAccepted",
        refusal(() -> o.agree(INVITEE, new LessonSlot(TODAY, "P1", "Maths"), TODAY, NOW)));
    PeerObservation scheduled = scheduledFor(TODAY.plusDays(1));
    scheduled.cancel(INVITEE, NOW);
    assertEquals(ObservationState.CANCELLED, scheduled.getState());
  }

  @Test
  void feedbackNeedsWordsWithinTheLimits() {
    assertEquals(
        "error.observation.feedbackEmpty",
        refusal(() -> new ObservationFeedback(1, INVITER, " ", null, NOW)));
    assertEquals(
        "error.observation.wentWellTooLong",
        refusal(
            () ->
                new ObservationFeedback(
                    1, INVITER, "w".repeat(ObservationFeedback.TEXT_LENGTH + 1), "", NOW)));
    assertEquals(
        "error.observation.nextStepsTooLong",
        refusal(
            () ->
                new ObservationFeedback(
                    1, INVITER, "", "n".repeat(ObservationFeedback.TEXT_LENGTH + 1), NOW)));
    ObservationFeedback f = new ObservationFeedback(1, INVITER, " Pace ", "", NOW);
    assertEquals("Pace", f.getWentWell());
    f.revise("Pace", "Wait time", NOW);
    assertEquals("Wait time", f.getNextSteps());
  }
}
