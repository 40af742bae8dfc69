package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.OpenClassroom;
import org.trustintranet.networks.domain.OpenClassroomDetails;
import org.trustintranet.networks.domain.OpenClassroomRepository;
import org.trustintranet.networks.domain.OpenClassroomVisit;

/**
 * The demo trust's open classrooms, seeded after its networks: the demo teacher (Oakfield) opens a
 * Year 5 maths lesson on questioning in a week and a half, and a Riverside colleague has signed up;
 * a Willow Bank teacher opens a Year 3 oracy lesson in three weeks, nobody signed up yet.
 */
@ApplicationScoped
public class DemoOpenClassroomsSeeder {
  @Inject OpenClassroomRepository offers;
  @Inject ObservationRepository areas;
  @Inject Clock clock;

  @Transactional
  void seed(@Observes DemoNetworksSeeded networks) {
    DemoTrustSeeded trust = networks.trust();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    long teacher = trust.person("teacher");
    OpenClassroom maths =
        offers.add(
            new OpenClassroom(
                teacher,
                trust.school("140001"),
                new OpenClassroomDetails(
                    today.plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)),
                    LocalTime.of(10, 0),
                    LocalTime.of(11, 0),
                    "Period 2",
                    "Year 5",
                    "Mathematics",
                    area("Questioning"),
                    "Equivalent fractions with mini-whiteboards: come and see how hinge questions"
                        + " and cold calling show me who has understood before we move on.",
                    3),
                today,
                now));
    offers.flush();
    long grace = trust.person("grace.evans");
    maths.signUp(grace, today);
    offers.addVisit(new OpenClassroomVisit(maths.getId(), grace, trust.school("140002"), now));

    offers.add(
        new OpenClassroom(
            trust.person("chloe.patel"),
            trust.school("140003"),
            new OpenClassroomDetails(
                today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
                null,
                null,
                "Afternoon, period 5",
                "Year 3",
                "English",
                area("Oracy"),
                "Talk partners and sentence stems before writing: how the class rehearses a"
                    + " paragraph aloud.",
                2),
            today,
            now));
    offers.flush();
  }

  private Long area(String name) {
    return areas.offeredFocusAreas().stream()
        .filter(a -> a.getName().equals(name))
        .map(FocusArea::getId)
        .findFirst()
        .orElseGet(() -> areas.offeredFocusAreas().get(0).getId());
  }
}
