package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.networks.domain.ObservationDirection;
import org.trustintranet.networks.domain.ObservationFeedback;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.PeerObservation;

/**
 * The demo trust's peer observations, seeded after its networks: the demo teacher (Oakfield and
 * Riverside) has asked a teacher of Willow Bank to watch a lesson, which she accepted and which is
 * agreed for next week; and an Oakfield teacher watched a Riverside colleague last week, both
 * recorded feedback, so that the school admins' counts show a completed one.
 */
@ApplicationScoped
public class DemoObservationsSeeder {
  @Inject ObservationRepository observations;
  @Inject Clock clock;

  @Transactional
  void seed(@Observes DemoNetworksSeeded networks) {
    DemoTrustSeeded trust = networks.trust();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    long teacher = trust.person("teacher");
    long chloe = trust.person("chloe.patel");
    PeerObservation next =
        observations.add(
            new PeerObservation(
                teacher,
                chloe,
                ObservationDirection.INVITEE_WATCHES,
                null,
                "I am working on my questioning in maths: would you watch a lesson and tell me"
                    + " where the questions could push the class further?",
                List.of(trust.school("140001"), trust.school("140002"), trust.school("140003")),
                now));
    next.accept(chloe, now);
    next.agree(
        chloe,
        new LessonSlot(
            today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
            "Period 2 (10:00)",
            "Year 5 maths: equivalent fractions"),
        today,
        now);

    long faisal = trust.person("faisal.rahman");
    long grace = trust.person("grace.evans");
    LocalDate lastWeek = today.minusWeeks(1);
    PeerObservation done =
        observations.add(
            new PeerObservation(
                faisal,
                grace,
                ObservationDirection.INVITER_WATCHES,
                null,
                "Could I watch how you run retrieval practice at the start of a lesson?",
                List.of(trust.school("140001"), trust.school("140002"), trust.school("140003")),
                now.minusSeconds(21 * 24 * 3600L)));
    done.accept(grace, now);
    done.agree(
        grace, new LessonSlot(lastWeek, "Period 1", "Year 8 science: forces"), lastWeek, now);
    observations.flush();
    observations.addFeedback(
        new ObservationFeedback(
            done.getId(),
            faisal,
            "Every pupil wrote before anyone answered; the quiz took five minutes, no more.",
            "Try the same low-stakes quiz with my Year 4 class twice a week.",
            now));
    observations.addFeedback(
        new ObservationFeedback(
            done.getId(),
            grace,
            "Good to talk it through afterwards.",
            "Visit Faisal's class to see it in a primary setting.",
            now));
    done.complete(faisal, today, now);
    observations.flush();
  }
}
