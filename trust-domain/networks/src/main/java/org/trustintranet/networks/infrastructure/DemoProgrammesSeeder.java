package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.ProgrammeSession;
import org.trustintranet.networks.domain.Registration;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;

/**
 * The demo trust's programme booklet for the current term, in our own words: six programmes from
 * three schools, one for each career stage, one with a cost; the teaching assistant has a place on
 * the support staff's programme and the director of teacher training a request awaiting Oakfield's
 * admin for the programme with a cost. The demo teacher has registered for nothing, so that they
 * can register from the booklet. Seeded after the demo networks.
 */
@ApplicationScoped
public class DemoProgrammesSeeder {
  private static final String OAKFIELD = "140001";
  private static final String RIVERSIDE = "140002";
  private static final String WILLOW_BANK = "140003";

  @Inject ProgrammeRepository programmes;
  @Inject java.time.Clock clock;

  @Transactional
  void seed(@Observes DemoNetworksSeeded seeded) {
    DemoTrustSeeded trust = seeded.trust();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    Term term = Term.of(today);
    LocalDate monday = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    long admin = trust.person("trust.admin");

    Programme ect =
        programme(
            new ProgrammeDetails(
                "Early career teachers: behaviour and classroom routines",
                CareerStage.EARLY_CAREER_TEACHER,
                "Three twilight sessions on routines that let pupils learn: entering the room,"
                    + " transitions, and responding to low-level disruption, followed by a"
                    + " morning watching routines at work in an Oakfield classroom.",
                trust.school(OAKFIELD),
                term,
                20,
                0),
            admin,
            now);
    session(ect, SessionKind.SESSION, monday.plusDays(1), 16, "Oakfield Primary School, hall");
    session(ect, SessionKind.SESSION, monday.plusDays(8), 16, "Oakfield Primary School, hall");
    session(ect, SessionKind.VISIT, monday.plusDays(15), 9, "Oakfield Primary School, Year 3");

    Programme mentors =
        programme(
            new ProgrammeDetails(
                "Mentoring early career teachers well",
                CareerStage.MENTOR,
                "For mentors of early career teachers: instructional coaching, setting one small"
                    + " action step a week, and giving feedback that a new teacher can act on.",
                trust.school(RIVERSIDE),
                term,
                12,
                0),
            admin,
            now);
    session(mentors, SessionKind.SESSION, monday.plusDays(2), 16, "Riverside Academy, library");
    session(mentors, SessionKind.SESSION, monday.plusDays(16), 16, "Riverside Academy, library");

    Programme subject =
        programme(
            new ProgrammeDetails(
                "Leading a subject: curriculum, sequencing and assessment",
                CareerStage.MIDDLE_LEADER,
                "For subject and phase leaders: what pupils should know and in what order, how to"
                    + " check that they have learned it, and how to lead colleagues through a"
                    + " change of curriculum. Includes a day at Riverside's mathematics department.",
                trust.school(OAKFIELD),
                term,
                15,
                7500),
            admin,
            now);
    session(
        subject, SessionKind.SESSION, monday.plusDays(3), 9, "Oakfield Primary School, staff room");
    session(subject, SessionKind.VISIT, monday.plusDays(17), 9, "Riverside Academy, mathematics");

    Programme senior =
        programme(
            new ProgrammeDetails(
                "Senior leaders: leading school improvement",
                CareerStage.SENIOR_LEADER,
                "Diagnosing what most needs to improve, choosing a few well-evidenced approaches,"
                    + " and implementing them so that they last. Online, with one meeting in person.",
                trust.school(RIVERSIDE),
                term,
                10,
                0),
            admin,
            now);
    online(senior, monday.plusDays(4), 15, "https://meet.example.org/senior-leaders");
    session(senior, SessionKind.SESSION, monday.plusDays(18), 9, "Riverside Academy, boardroom");

    Programme heads =
        programme(
            new ProgrammeDetails(
                "Headteachers' termly forum",
                CareerStage.HEADTEACHER,
                "Heads of the trust's schools meet to share what is working, look at one school's"
                    + " improvement work in depth and plan the next term together.",
                trust.school(WILLOW_BANK),
                term,
                8,
                0),
            admin,
            now);
    session(heads, SessionKind.VISIT, monday.plusDays(9), 9, "Willow Bank Special School");

    Programme assistants =
        programme(
            new ProgrammeDetails(
                "Teaching assistants: supporting pupils with SEND",
                CareerStage.SUPPORT_STAFF,
                "For teaching assistants and support staff: scaffolding without doing the work for"
                    + " pupils, communication aids, and a visit to see Willow Bank's classes.",
                trust.school(WILLOW_BANK),
                term,
                25,
                0),
            admin,
            now);
    online(assistants, monday.plusDays(1), 15, "https://meet.example.org/send-support");
    session(assistants, SessionKind.VISIT, monday.plusDays(10), 9, "Willow Bank Special School");

    // The teaching assistant has a place; the director of teacher training awaits approval.
    programmes.addRegistration(
        new Registration(
            assistants.getId(),
            trust.person("staff"),
            trust.school(RIVERSIDE),
            assistants.register(),
            now));
    programmes.addRegistration(
        new Registration(
            subject.getId(),
            trust.person("catrin.morgan"),
            trust.school(OAKFIELD),
            subject.register(),
            now));
    programmes.flush();
  }

  private void online(Programme p, LocalDate day, int hour, String link) {
    LocalTime start = LocalTime.of(hour, 30);
    programmes.addSession(
        new ProgrammeSession(
            p.getId(),
            new SessionSlot(SessionKind.SESSION, day, start, start.plusMinutes(75), null, link)));
  }

  private Programme programme(ProgrammeDetails details, long by, Instant now) {
    Programme p = programmes.add(new Programme(details, by, now));
    p.publish();
    programmes.flush();
    return p;
  }

  private void session(Programme p, SessionKind kind, LocalDate day, int hour, String place) {
    LocalTime start = LocalTime.of(hour, 0);
    LocalTime end = hour < 12 ? LocalTime.of(12, 0) : start.plusMinutes(90);
    programmes.addSession(
        new ProgrammeSession(p.getId(), new SessionSlot(kind, day, start, end, place, null)));
  }
}
