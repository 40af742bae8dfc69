package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.SchemaMigrated;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.membership.application.PasswordHasher;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonName;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolProfile;
import org.trustintranet.membership.domain.Urn;

/**
 * Seeds a small demo trust on first start: six schools of different phases (one Welsh-medium, whose
 * staff read the intranet in Welsh) and about forty-five staff across every role, some in two
 * schools. Runs only when the database has no school yet, and by default only with the embedded
 * database ({@code trust.demo.enabled=auto}).
 */
@ApplicationScoped
public class DemoTrustSeeder {
  private static final Logger LOG = Logger.getLogger(DemoTrustSeeder.class.getName());
  static final String DOMAIN = "@oakvalley.sch.uk";

  private static final String[] GIVEN = {
    "Amara", "Ben", "Chloe", "Dev", "Ella", "Faisal", "Grace", "Harry", "Isla", "Jamal", "Kate",
    "Liam", "Maya", "Noah", "Olivia", "Pavel", "Quinn", "Rosa", "Sam", "Tara", "Usman", "Vera",
    "Wes", "Xin", "Yusuf", "Zara", "Aoife", "Bilal", "Cara", "Dylan", "Erin", "Finn", "Gita",
    "Hugo", "Ivy"
  };
  private static final String[] FAMILY = {
    "Okafor",
    "Hughes",
    "Patel",
    "Nowak",
    "Campbell",
    "Rahman",
    "Evans",
    "Murphy",
    "Singh",
    "Walker",
    "O'Brien",
    "Khan",
    "Davies",
    "Thompson",
    "Ahmed",
    "Lewis",
    "Clarke",
    "Roberts",
    "Wright",
    "Green",
    "Ali",
    "Taylor",
    "Brown",
    "Wilson",
    "Johnson",
    "Moore",
    "Martin",
    "Jackson",
    "White",
    "Harris",
    "Young",
    "King",
    "Scott",
    "Baker",
    "Hall"
  };
  private static final String[] TITLES = {
    "Class teacher", "Teaching assistant", "Head of year", "SENCo", "Office manager",
    "Subject lead", "Learning mentor", "Site manager", "Business manager", "Cover supervisor"
  };

  @PersistenceContext(unitName = "membership")
  EntityManager em;

  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<DemoTrustSeeded> seeded;

  @Inject
  @ConfigProperty(name = "trust.demo.enabled", defaultValue = "auto")
  String enabled;

  /** Whether a demo trust should be seeded with this setting and this kind of database. */
  static boolean wanted(String enabled, boolean embeddedDatabase) {
    return switch (enabled.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "auto" -> embeddedDatabase;
      default -> false;
    };
  }

  /** The demo accounts' password, public by design, kept beside the demo trust's other data. */
  static String demoPassword() {
    Properties demo = new Properties();
    try (InputStream in =
        DemoTrustSeeder.class.getResourceAsStream("/demo/demo-trust.properties")) {
      demo.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(
          "demo/demo-trust.properties is missing from the membership jar", e);
    }
    return demo.getProperty("password");
  }

  @Transactional
  void seed(@Observes SchemaMigrated migrated) {
    if (!wanted(enabled, migrated.embeddedDatabase())) {
      return;
    }
    Long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
    if (schools > 0) {
      return;
    }
    Instant now = clock.instant();
    List<School> trust =
        List.of(
            school("140001", "Oakfield Primary School", Phase.PRIMARY, "Leeds", "Mrs A. Okafor"),
            school("140002", "Riverside Academy", Phase.SECONDARY, "Leeds", "Mr D. Hughes"),
            school(
                "140003", "Willow Bank Special School", Phase.SPECIAL, "Wakefield", "Ms R. Patel"),
            school("140004", "Little Acorns Nursery", Phase.NURSERY, "Leeds", "Mrs S. Nowak"),
            school(
                "140005",
                "Beacon All-Through School",
                Phase.ALL_THROUGH,
                "Bradford",
                "Dr J. Campbell"));
    trust.forEach(em::persist);
    // A Welsh-medium primary: its staff read the intranet in Welsh. Not in the list above, so the
    // generated staff below are spread over the same five schools as before.
    School welsh =
        school(
            "140006",
            "Ysgol Gymraeg Bryn Derw",
            Phase.PRIMARY,
            "Rhondda Cynon Taf",
            "Mr I. Llywelyn");
    em.persist(welsh);
    em.flush();

    // One hash for every demo account: they share the demo password, and PBKDF2 is slow on purpose.
    String hash = hasher.hash(demoPassword());
    List<Person> people = new ArrayList<>();

    Person admin = person("trust.admin", "Priya", "Shah", "Trust operations lead", people);
    admin.grant(TrustRole.TRUST_ADMIN);
    admin.assign(trust.get(1), SchoolRole.STAFF, now);
    Person schoolAdmin =
        person("school.admin", "Helen", "Barker", "School business manager", people);
    schoolAdmin.assign(trust.get(0), SchoolRole.SCHOOL_ADMIN, now);
    Person teacher = person("teacher", "Tom", "Fletcher", "Year 5 teacher", people);
    teacher.assign(trust.get(0), SchoolRole.TEACHER, now);
    teacher.assign(trust.get(1), SchoolRole.TEACHER, now);
    Person staff = person("staff", "Sara", "Lindqvist", "Teaching assistant", people);
    staff.assign(trust.get(1), SchoolRole.STAFF, now);
    Person officer = person("education.officer", "Marcus", "Reid", "Education officer", people);
    officer.grant(TrustRole.EDUCATION_OFFICER);
    officer.assign(trust.get(2), SchoolRole.TEACHER, now);
    Person editor = person("news.editor", "Nina", "Osei", "Communications officer", people);
    editor.grant(TrustRole.NEWS_EDITOR);
    editor.assign(trust.get(1), SchoolRole.STAFF, now);
    Person riversideAdmin = person("riverside.admin", "Owen", "Price", "Data manager", people);
    riversideAdmin.assign(trust.get(1), SchoolRole.SCHOOL_ADMIN, now);
    Person athro = person("athro", "Elin", "Prydderch", "Athrawes Blwyddyn 4", people);
    athro.assign(welsh, SchoolRole.TEACHER, now);
    athro.preferLanguage(Language.WELSH);
    Person brynDerwAdmin =
        person("gweinyddwr.brynderw", "Rhodri", "Llwyd", "Rheolwr swyddfa", people);
    brynDerwAdmin.assign(welsh, SchoolRole.SCHOOL_ADMIN, now);
    brynDerwAdmin.preferLanguage(Language.WELSH);
    Person assistant = person("sian.bowen", "Siân", "Bowen", "Cynorthwyydd addysgu", people);
    assistant.assign(welsh, SchoolRole.STAFF, now);
    // Writes the trust's news about learning from each other (the demo news has her first post).
    Person itt =
        person("catrin.morgan", "Catrin", "Morgan", "Director of Initial Teacher Training", people);
    itt.grant(TrustRole.NEWS_EDITOR);
    itt.assign(trust.get(0), SchoolRole.STAFF, now);

    for (int i = 0; i < GIVEN.length; i++) {
      String given = GIVEN[i];
      String family = FAMILY[i];
      Person p =
          person(
              (given + "." + family).toLowerCase(Locale.ROOT).replace("'", ""),
              given,
              family,
              TITLES[i % TITLES.length],
              people);
      School home = trust.get(i % trust.size());
      p.assign(home, i % 7 == 0 ? SchoolRole.STAFF : SchoolRole.TEACHER, now);
      if (i % 6 == 0) {
        p.assign(trust.get((i + 1) % trust.size()), SchoolRole.TEACHER, now);
      }
    }
    people.forEach(em::persist);
    em.flush();
    people.forEach(p -> em.persist(new Credential(p.getId(), hash, now)));
    Map<String, Long> peopleByName = new HashMap<>();
    people.forEach(p -> peopleByName.put(localPart(p), p.getId()));
    Map<String, Long> schoolsByUrn = new HashMap<>();
    trust.forEach(school -> schoolsByUrn.put(school.getUrn().value(), school.getId()));
    schoolsByUrn.put(welsh.getUrn().value(), welsh.getId());
    audit.record(
        "demo.seed",
        "trust",
        null,
        "Demo trust: " + (trust.size() + 1) + " schools, " + people.size() + " staff",
        null,
        null);
    LOG.info(
        () ->
            "Seeded the demo trust: "
                + (trust.size() + 1)
                + " schools, "
                + people.size()
                + " staff");
    seeded.fire(new DemoTrustSeeded(peopleByName, schoolsByUrn));
  }

  private static String localPart(Person p) {
    String email = p.getEmail().value();
    return email.substring(0, email.indexOf('@'));
  }

  private static School school(String urn, String name, Phase phase, String la, String head) {
    return new School(new Urn(urn), new SchoolProfile(name, phase, la, null, head));
  }

  private static Person person(
      String local, String given, String family, String title, List<Person> people) {
    Person p = new Person(new EmailAddress(local + DOMAIN), new PersonName(given, family), title);
    people.add(p);
    return p;
  }
}
