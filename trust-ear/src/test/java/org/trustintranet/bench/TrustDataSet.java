package org.trustintranet.bench;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Urn;

/**
 * The benchmark trust, planned in memory before a row is written: schools of every phase, staff
 * with realistic names and job titles, their memberships (about one in ten in two schools, one or
 * two school admins per school) and the named accounts the load driver signs in with. The same seed
 * and scale always give the same trust: every choice comes from one {@link SplittableRandom} drawn
 * in a fixed order, and every date is counted back from a fixed day, never from the clock.
 */
final class TrustDataSet {
  static final int SCHOOLS_AT_SCALE_1 = 50;
  static final int STAFF_AT_SCALE_1 = 5_000;
  static final String DOMAIN = "bench.trust";
  static final String TRUST_ADMIN_EMAIL = "bench.admin@" + DOMAIN;

  /** The day the data set describes: memberships started before it. */
  static final Instant AS_OF = Instant.parse("2025-09-01T07:00:00Z");

  /** The share of staff with a second school (executive heads, peripatetic teachers). */
  static final double TWO_SCHOOL_SHARE = 0.10;

  /** A school row. Ids are assigned here, so that no insert waits for a generated key. */
  record SchoolRow(
      long id,
      String urn,
      String name,
      Phase phase,
      String localAuthority,
      String address,
      String headTeacher) {}

  record PersonRow(long id, String email, String givenName, String familyName, String jobTitle) {}

  record MembershipRow(long id, long personId, long schoolId, SchoolRole role, Instant startedAt) {}

  record TrustRoleRow(long personId, TrustRole role) {}

  final List<SchoolRow> schools;
  final List<PersonRow> people;
  final List<MembershipRow> memberships;
  final List<TrustRoleRow> trustRoles;

  private TrustDataSet(
      List<SchoolRow> schools,
      List<PersonRow> people,
      List<MembershipRow> memberships,
      List<TrustRoleRow> trustRoles) {
    this.schools = List.copyOf(schools);
    this.people = List.copyOf(people);
    this.memberships = List.copyOf(memberships);
    this.trustRoles = List.copyOf(trustRoles);
  }

  /** The email of the school admin account of school {@code n} (1-based, in id order). */
  static String schoolAdminEmail(int n) {
    return "bench.schooladmin." + n + "@" + DOMAIN;
  }

  /** A base count times the scale factor, rounded, at least 1. */
  static int scaled(int base, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("The scale must be a positive number: " + scale);
    }
    return (int) Math.max(1, Math.round(base * scale));
  }

  /** The named accounts: the trust admin and one school admin per school. */
  List<String> namedAccounts() {
    List<String> accounts = new ArrayList<>();
    accounts.add(TRUST_ADMIN_EMAIL);
    for (int n = 1; n <= schools.size(); n++) {
      accounts.add(schoolAdminEmail(n));
    }
    return accounts;
  }

  static TrustDataSet plan(double scale, long seed) {
    return new Planner(new SplittableRandom(seed)).plan(scale);
  }

  /** Draws the trust; one instance per plan, used once. */
  private static final class Planner {
    private final SplittableRandom random;
    private final List<SchoolRow> schools = new ArrayList<>();
    private final List<PersonRow> people = new ArrayList<>();
    private final List<MembershipRow> memberships = new ArrayList<>();
    private final List<TrustRoleRow> trustRoles = new ArrayList<>();
    private final Map<String, Integer> emailsTaken = new HashMap<>();
    private double[] cumulativeSize;
    private boolean[] wantsSecondAdmin;

    Planner(SplittableRandom random) {
      this.random = random;
    }

    TrustDataSet plan(double scale) {
      int schoolCount = scaled(SCHOOLS_AT_SCALE_1, scale);
      int staffCount = Math.max(scaled(STAFF_AT_SCALE_1, scale), 1 + schoolCount);
      planSchools(schoolCount);

      long admin = addPerson(TRUST_ADMIN_EMAIL, "Bench", "Admin", "Trust operations lead");
      trustRoles.add(new TrustRoleRow(admin, TrustRole.TRUST_ADMIN));
      addMembership(admin, schools.get(0).id(), SchoolRole.STAFF);
      for (SchoolRow school : schools) {
        long schoolAdmin =
            addPerson(
                schoolAdminEmail((int) school.id()),
                "Bench",
                "Schooladmin " + school.id(),
                "School business manager");
        addMembership(schoolAdmin, school.id(), SchoolRole.SCHOOL_ADMIN);
      }
      while (people.size() < staffCount) {
        planStaffMember();
      }
      return new TrustDataSet(schools, people, memberships, trustRoles);
    }

    private void planSchools(int count) {
      Set<String> urns = new HashSet<>();
      cumulativeSize = new double[count];
      wantsSecondAdmin = new boolean[count];
      double total = 0;
      for (int i = 0; i < count; i++) {
        // Every phase once (while there are schools enough), then mostly primaries, as in a real
        // trust.
        Phase phase = i < PHASE_ORDER.length ? PHASE_ORDER[i] : weightedPhase();
        String urn;
        do {
          urn = Integer.toString(100_000 + random.nextInt(900_000));
        } while (!urns.add(urn));
        String place = PLACES[i % PLACES.length];
        String name =
            place
                + " "
                + SCHOOL_SUFFIX.get(phase)
                + (i < PLACES.length ? "" : " " + (1 + i / PLACES.length));
        String authority = pick(LOCAL_AUTHORITIES);
        String address = (1 + random.nextInt(180)) + " " + pick(STREETS) + ", " + place;
        String head =
            pick(HONORIFICS) + " " + pick(GIVEN_NAMES).charAt(0) + ". " + pick(FAMILY_NAMES);
        schools.add(
            new SchoolRow(i + 1, new Urn(urn).value(), name, phase, authority, address, head));
        total += SIZE_WEIGHT.get(phase);
        cumulativeSize[i] = total;
        wantsSecondAdmin[i] = random.nextBoolean();
      }
    }

    private void planStaffMember() {
      String given = pick(GIVEN_NAMES);
      String family = pick(FAMILY_NAMES);
      int home = sizedSchool();
      SchoolRole role;
      if (wantsSecondAdmin[home]) {
        wantsSecondAdmin[home] = false;
        role = SchoolRole.SCHOOL_ADMIN;
      } else {
        role = random.nextDouble() < 0.55 ? SchoolRole.TEACHER : SchoolRole.STAFF;
      }
      long id = addPerson(uniqueEmail(given, family), given, family, jobTitle(role));
      addMembership(id, home + 1, role);
      if (schools.size() > 1 && random.nextDouble() < TWO_SCHOOL_SHARE) {
        int second;
        do {
          second = sizedSchool();
        } while (second == home);
        addMembership(id, second + 1, role == SchoolRole.SCHOOL_ADMIN ? SchoolRole.STAFF : role);
      }
      if (random.nextInt(500) == 0) {
        trustRoles.add(new TrustRoleRow(id, TrustRole.EDUCATION_OFFICER));
      } else if (random.nextInt(1000) == 0) {
        trustRoles.add(new TrustRoleRow(id, TrustRole.NEWS_EDITOR));
      }
    }

    private long addPerson(String email, String given, String family, String jobTitle) {
      if (!EmailAddress.isValid(email)) {
        throw new IllegalStateException("Generated an invalid email: " + email);
      }
      long id = people.size() + 1L;
      people.add(new PersonRow(id, email, given, family, jobTitle));
      emailsTaken.merge(email, 1, Integer::sum);
      return id;
    }

    private void addMembership(long personId, long schoolId, SchoolRole role) {
      Instant started = AS_OF.minus(Duration.ofDays(random.nextInt(15 * 365)));
      memberships.add(
          new MembershipRow(memberships.size() + 1L, personId, schoolId, role, started));
    }

    /** given.family@domain, then given.family2@, given.family3@ ... for namesakes. */
    private String uniqueEmail(String given, String family) {
      String base = slug(given) + "." + slug(family);
      String email = base + "@" + DOMAIN;
      int n = 1;
      while (emailsTaken.containsKey(email)) {
        n++;
        email = base + n + "@" + DOMAIN;
      }
      return email;
    }

    private static String slug(String name) {
      String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    /** A school index drawn in proportion to the school's size (secondaries are larger). */
    private int sizedSchool() {
      double point = random.nextDouble() * cumulativeSize[cumulativeSize.length - 1];
      for (int i = 0; i < cumulativeSize.length; i++) {
        if (point < cumulativeSize[i]) {
          return i;
        }
      }
      return cumulativeSize.length - 1;
    }

    private Phase weightedPhase() {
      int draw = random.nextInt(100);
      if (draw < 62) {
        return Phase.PRIMARY;
      } else if (draw < 82) {
        return Phase.SECONDARY;
      } else if (draw < 88) {
        return Phase.SPECIAL;
      } else if (draw < 92) {
        return Phase.ALL_THROUGH;
      } else if (draw < 95) {
        return Phase.NURSERY;
      } else if (draw < 98) {
        return Phase.ALTERNATIVE_PROVISION;
      }
      return Phase.POST_16;
    }

    private String jobTitle(SchoolRole role) {
      return switch (role) {
        case SCHOOL_ADMIN -> pick(ADMIN_TITLES);
        case TEACHER -> pick(TEACHER_TITLES);
        case STAFF -> pick(STAFF_TITLES);
      };
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }
  }

  private static final Phase[] PHASE_ORDER = {
    Phase.PRIMARY,
    Phase.SECONDARY,
    Phase.SPECIAL,
    Phase.NURSERY,
    Phase.ALL_THROUGH,
    Phase.ALTERNATIVE_PROVISION,
    Phase.POST_16
  };

  private static final Map<Phase, String> SCHOOL_SUFFIX =
      Map.of(
          Phase.NURSERY, "Nursery School",
          Phase.PRIMARY, "Primary School",
          Phase.SECONDARY, "Academy",
          Phase.ALL_THROUGH, "All-Through School",
          Phase.SPECIAL, "Special School",
          Phase.ALTERNATIVE_PROVISION, "Pupil Referral Unit",
          Phase.POST_16, "Sixth Form College");

  /** Relative staff numbers by phase: a secondary employs about three times a primary's staff. */
  private static final Map<Phase, Double> SIZE_WEIGHT =
      Map.of(
          Phase.NURSERY, 0.4,
          Phase.PRIMARY, 1.0,
          Phase.SECONDARY, 3.0,
          Phase.ALL_THROUGH, 3.5,
          Phase.SPECIAL, 1.2,
          Phase.ALTERNATIVE_PROVISION, 0.5,
          Phase.POST_16, 1.5);

  private static final String[] PLACES = {
    "Oakfield",
    "Riverside",
    "Willow Bank",
    "Beacon",
    "Ashgrove",
    "Brookside",
    "Castle Hill",
    "Daisyfield",
    "Elmwood",
    "Fairfax",
    "Greenacres",
    "Hawthorn",
    "Hillcrest",
    "Ivy Lane",
    "Juniper",
    "Kingsmead",
    "Larchwood",
    "Meadowbank",
    "Northgate",
    "Oldfield",
    "Parkside",
    "Queensway",
    "Redwood",
    "St Aidan's",
    "St Hilda's",
    "Thornbury",
    "Underhill",
    "Valley Road",
    "Westfield",
    "Yew Tree",
    "Abbey Grange",
    "Bramley",
    "Calder Vale",
    "Denby Dale",
    "Eastbrook",
    "Fernhill",
    "Gledhow",
    "Harewood",
    "Ilkley Moor",
    "Kirkstall",
    "Lidgett",
    "Moorside",
    "Newlands",
    "Otley Road",
    "Pudsey Green",
    "Roundhay",
    "Shadwell",
    "Templenewsam",
    "Wetherby",
    "Whinmoor",
    "Alwoodley",
    "Bardsey",
    "Chapel Allerton",
    "Drighlington",
    "Farsley",
    "Garforth",
    "Horsforth",
    "Morley Vale",
    "Rothwell",
    "Scholes"
  };

  private static final String[] LOCAL_AUTHORITIES = {
    "Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale", "York", "North Yorkshire"
  };

  private static final String[] STREETS = {
    "Church Lane",
    "High Street",
    "Station Road",
    "Mill Lane",
    "School Road",
    "Park Avenue",
    "Victoria Road",
    "Manor Way",
    "Green Lane",
    "Chapel Street"
  };

  private static final String[] HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Miss"};

  private static final String[] GIVEN_NAMES = {
    "Amara",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Faisal",
    "Grace",
    "Harry",
    "Isla",
    "Jamal",
    "Kate",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Usman",
    "Vera",
    "Wes",
    "Xin",
    "Yusuf",
    "Zara",
    "Aoife",
    "Bilal",
    "Cara",
    "Dylan",
    "Erin",
    "Finn",
    "Gita",
    "Hugo",
    "Ivy",
    "James",
    "Emily",
    "Oliver",
    "Sophie",
    "Jack",
    "Hannah",
    "Thomas",
    "Lucy",
    "George",
    "Charlotte",
    "William",
    "Amelia",
    "Daniel",
    "Jessica",
    "Joshua",
    "Megan",
    "Ryan",
    "Rebecca",
    "Adam",
    "Laura",
    "Mohammed",
    "Aisha",
    "Fatima",
    "Omar",
    "Priya",
    "Ravi",
    "Anjali",
    "Arjun",
    "Sanjay",
    "Deepa",
    "Chen",
    "Mei",
    "Wei",
    "Hiroshi",
    "Yuki",
    "Kwame",
    "Ama",
    "Chidi",
    "Ngozi",
    "Tunde",
    "Zainab",
    "Kofi",
    "Agnieszka",
    "Piotr",
    "Katarzyna",
    "Tomasz",
    "Marta",
    "Andrei",
    "Elena",
    "Ioana",
    "Siobhan",
    "Niamh",
    "Ciaran",
    "Rhys",
    "Cerys",
    "Dafydd",
    "Eilidh",
    "Callum",
    "Mairi",
    "Lars",
    "Ingrid",
    "Luca",
    "Giulia",
    "Mateo",
    "Lucia",
    "Jean-Paul",
    "Anne-Marie"
  };

  private static final String[] FAMILY_NAMES = {
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
    "Harris",
    "Martin",
    "Cooper",
    "King",
    "Baker",
    "Hill",
    "Moore",
    "Ward",
    "Turner",
    "Scott",
    "Young",
    "Allen",
    "Mitchell",
    "Patel",
    "Shah",
    "Khan",
    "Ahmed",
    "Ali",
    "Hussain",
    "Begum",
    "Rahman",
    "Singh",
    "Kaur",
    "Gill",
    "Sharma",
    "Chowdhury",
    "Iqbal",
    "Okafor",
    "Mensah",
    "Adeyemi",
    "Okonkwo",
    "Boateng",
    "Nwosu",
    "Campbell",
    "Murphy",
    "O'Brien",
    "O'Connor",
    "McDonald",
    "MacLeod",
    "Kelly",
    "Byrne",
    "Nowak",
    "Kowalski",
    "Wiśniewska",
    "Popescu",
    "Ionescu",
    "Novak",
    "Rossi",
    "Bianchi",
    "Garcia",
    "Fernandez",
    "Silva",
    "Santos",
    "Müller",
    "Schmidt",
    "Lindqvist",
    "Jensen",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Tanaka",
    "Sato",
    "Fletcher",
    "Barker",
    "Price",
    "Reid",
    "Osei",
    "Lloyd",
    "Pritchard",
    "Morgan",
    "Holt",
    "Dawson",
    "Ashworth-Jones",
    "Fitzgerald",
    "Hargreaves",
    "Sutcliffe",
    "Wainwright"
  };

  private static final String[] TEACHER_TITLES = {
    "Class teacher",
    "Reception teacher",
    "Year 2 teacher",
    "Year 4 teacher",
    "Year 6 teacher",
    "Teacher of English",
    "Teacher of mathematics",
    "Teacher of science",
    "Teacher of history",
    "Teacher of geography",
    "Teacher of computing",
    "Teacher of art",
    "Teacher of music",
    "Teacher of PE",
    "Teacher of French",
    "Teacher of religious education",
    "Head of year",
    "Head of mathematics",
    "Head of English",
    "Head of science",
    "Subject lead for reading",
    "Subject lead for maths",
    "SENCo",
    "Assistant headteacher",
    "Deputy headteacher",
    "Early career teacher",
    "Specialist teacher (SEND)"
  };

  private static final String[] STAFF_TITLES = {
    "Teaching assistant",
    "Higher level teaching assistant",
    "Learning mentor",
    "Cover supervisor",
    "Site manager",
    "Office manager",
    "Receptionist",
    "Attendance officer",
    "Exams officer",
    "Librarian",
    "Science technician",
    "IT technician",
    "Midday supervisor",
    "Family support worker",
    "Pastoral lead",
    "Finance officer",
    "Catering manager"
  };

  private static final String[] ADMIN_TITLES = {
    "School business manager", "Data manager", "Office manager", "Operations manager"
  };
}
