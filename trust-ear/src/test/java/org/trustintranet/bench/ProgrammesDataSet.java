package org.trustintranet.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.Term;

/**
 * The benchmark trust's professional-learning programmes, planned before a row is written: {@link
 * #PROGRAMMES_AT_SCALE_1} published programmes of every career stage for the term that holds the
 * run's day (the booklet the benchmark downloads), each from a provider school of the trust, with a
 * description of a few paragraphs, {@link #FEWEST_SESSIONS} to {@link #MOST_SESSIONS} sessions on
 * school days of that term (some online) and, for one in three, a "visit a school" day; one in four
 * has a cost. The same trust, seed, scale and day give the same programmes.
 */
final class ProgrammesDataSet {
  static final int PROGRAMMES_AT_SCALE_1 = 150;
  static final int FEWEST_SESSIONS = 2;
  static final int MOST_SESSIONS = 6;

  private static final String[] SUBJECTS = {
    "early reading",
    "mathematics",
    "science",
    "oracy",
    "behaviour for learning",
    "adaptive" + " teaching",
    "retrieval practice",
    "feedback",
    "questioning",
    "curriculum design",
    "phonics",
    "SEND",
    "safeguarding",
    "assessment",
    "coaching"
  };
  private static final String[] FORMS = {
    "Leading", "Foundations of", "Deepening", "Developing", "Mastering", "Introduction to"
  };
  private static final String[] SENTENCES = {
    "Participants meet colleagues from across the trust's schools and plan changes to try in their"
        + " own classrooms between sessions.",
    "Each session combines a short input from a practitioner with time to look at pupils' work"
        + " together.",
    "The programme draws on the research evidence and on case studies written by our schools.",
    "Between sessions, participants visit a partner school to see the approach in a lesson.",
    "Gwahoddir cydweithwyr o bob ysgol: sessions in Welsh are available on request.",
    "Participants leave with a plan for their own school, agreed with their line manager.",
    "The final session shares the impact on pupils' learning, with evidence from each school."
  };

  /** A programme; {@code providerSchoolId} and {@code createdBy} are the trust's rows. */
  record ProgrammeRow(
      long id,
      String title,
      CareerStage stage,
      String description,
      long providerSchoolId,
      String term,
      int places,
      int costPence,
      long createdBy) {}

  /** A session or visit day: online (a link) or at a place. */
  record SessionRow(
      long programmeId,
      SessionKind kind,
      LocalDate day,
      LocalTime starts,
      LocalTime ends,
      String place,
      String onlineLink) {}

  final Term term;
  final List<ProgrammeRow> programmes = new ArrayList<>();
  final List<SessionRow> sessions = new ArrayList<>();

  private ProgrammesDataSet(Term term) {
    this.term = term;
  }

  /** The programmes of the term that holds {@code day}. */
  static ProgrammesDataSet plan(TrustDataSet trust, double scale, long seed, LocalDate day) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x50726f6772616d73L);
    ProgrammesDataSet set = new ProgrammesDataSet(Term.of(day));
    List<LocalDate> schoolDays = schoolDaysOf(set.term);
    CareerStage[] stages = CareerStage.values();
    int count = TrustDataSet.scaled(PROGRAMMES_AT_SCALE_1, scale);
    for (int n = 1; n <= count; n++) {
      TrustDataSet.SchoolRow provider = trust.schools.get(random.nextInt(trust.schools.size()));
      CareerStage stage = stages[n % stages.length];
      String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
      String title = FORMS[random.nextInt(FORMS.length)] + " " + subject + " (" + n + ")";
      StringBuilder description = new StringBuilder();
      description.append("A programme on ").append(subject).append(" for ");
      description.append(stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      description.append("s, led by ").append(provider.name()).append(". ");
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        description.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
      }
      long author = trust.people.get(random.nextInt(trust.people.size())).id();
      set.programmes.add(
          new ProgrammeRow(
              n,
              title,
              stage,
              description.toString().strip(),
              provider.id(),
              set.term.key(),
              10 + random.nextInt(31),
              random.nextInt(4) == 0 ? 7_500 : 0,
              author));
      int sessionCount = FEWEST_SESSIONS + random.nextInt(MOST_SESSIONS - FEWEST_SESSIONS + 1);
      int first = random.nextInt(Math.max(1, schoolDays.size() - sessionCount * 5));
      for (int s = 0; s < sessionCount; s++) {
        LocalDate on = schoolDays.get(Math.min(schoolDays.size() - 1, first + s * 5));
        boolean online = random.nextInt(3) == 0;
        set.sessions.add(
            new SessionRow(
                n,
                SessionKind.SESSION,
                on,
                LocalTime.of(15, 45),
                LocalTime.of(17, 15),
                online ? null : provider.name() + ", main hall",
                online ? "https://meet.example.org/programme-" + n + "-" + (s + 1) : null));
      }
      if (n % 3 == 0) {
        LocalDate visit = schoolDays.get(random.nextInt(schoolDays.size()));
        set.sessions.add(
            new SessionRow(
                n,
                SessionKind.VISIT,
                visit,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                provider.name(),
                null));
      }
    }
    return set;
  }

  /** Monday to Friday of the term's months (September–December, January–March, April–July). */
  static List<LocalDate> schoolDaysOf(Term term) {
    LocalDate from =
        switch (term.season()) {
          case AUTUMN -> LocalDate.of(term.year(), 9, 1);
          case SPRING -> LocalDate.of(term.year(), 1, 1);
          case SUMMER -> LocalDate.of(term.year(), 4, 1);
        };
    LocalDate until = term.season() == Term.Season.AUTUMN ? from.plusMonths(4) : from.plusMonths(3);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return days;
  }
}
