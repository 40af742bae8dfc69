package org.trustintranet.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkKind;

/**
 * The benchmark trust's staff networks, planned before a row is written: {@link
 * #NETWORKS_AT_SCALE_1} networks of every kind (phase or role, subject, hub), most open, some by
 * request or invitation, a fifth of them cohorts; each with one or two leads and {@link
 * #FEWEST_MEMBERS} to {@link #MOST_MEMBERS} members drawn from all the trust's staff (networks span
 * schools), a few with a request or an invitation waiting. The same trust, seed and scale give the
 * same networks.
 */
final class NetworksDataSet {
  static final int NETWORKS_AT_SCALE_1 = 200;
  static final int FEWEST_MEMBERS = 10;
  static final int MOST_MEMBERS = 80;

  private static final String[] TOPICS = {
    "Early reading", "Mathematics", "Science", "History", "Geography", "Computing", "Music",
    "Modern languages", "SEND", "Early years", "Phonics", "Oracy", "Physical education", "Art"
  };
  private static final String[] ROLES = {
    "First and second year headteachers",
    "Deputy headteachers",
    "SENCos",
    "Early career teachers",
    "Business managers",
    "Designated safeguarding leads"
  };
  private static final String[] AREAS = {"Leeds", "Bradford", "Wakefield", "Rhondda", "Calderdale"};

  static final int SESSIONS_PER_NETWORK = 100;
  static final int MOST_MEETINGS = 8;
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  record NetworkRow(
      long id, String name, String purpose, NetworkKind kind, Joining joining, boolean cohort) {}

  /** A person's row: state ACTIVE, REQUESTED or INVITED; role LEAD or MEMBER. */
  record MemberRow(
      long id, long networkId, long personId, String role, String state, LocalDate lapsesOn) {}

  /** A session: in a room (its place as people read it) or online (a link). */
  record SessionRow(
      long id,
      long networkId,
      String title,
      Instant start,
      Instant end,
      String place,
      String link,
      int capacity,
      int booked) {}

  /** A place at a session: BOOKED or WAITING, in the order of signing up. */
  record PlaceRow(long sessionId, long personId, String state, Instant signedAt) {}

  /**
   * A coaching pairing of this academic year: coach and coachee, their meetings' count and last.
   */
  record PairRow(
      long id,
      long networkId,
      long coachId,
      long coacheeId,
      LocalDate yearEnds,
      LocalDate lastMet,
      int meetings,
      Instant createdAt) {}

  /** A coaching meeting, logged by the coach. */
  record MeetingRow(long pairId, LocalDate metOn, long loggedBy) {}

  final List<NetworkRow> networks = new ArrayList<>();
  final List<MemberRow> members = new ArrayList<>();
  final List<SessionRow> sessions = new ArrayList<>();
  final List<PlaceRow> places = new ArrayList<>();
  final List<PairRow> pairs = new ArrayList<>();
  final List<MeetingRow> meetings = new ArrayList<>();

  private NetworksDataSet() {}

  static NetworksDataSet plan(TrustDataSet trust, double scale, long seed, LocalDate today) {
    int count = TrustDataSet.scaled(NETWORKS_AT_SCALE_1, scale);
    SplittableRandom random = new SplittableRandom(seed ^ 0x4e6574776f726b73L);
    List<TrustDataSet.PersonRow> staff = trust.people;
    NetworksDataSet set = new NetworksDataSet();
    LocalDate lapse = AcademicYear.endOf(today);
    for (int i = 0; i < count; i++) {
      long id = i + 1L;
      NetworkKind kind = NetworkKind.values()[i % NetworkKind.values().length];
      String topic =
          switch (kind) {
            case PHASE_OR_ROLE -> ROLES[i / 3 % ROLES.length];
            case SUBJECT -> TOPICS[i / 3 % TOPICS.length] + " subject leads";
            case HUB -> AREAS[i / 3 % AREAS.length] + " hub";
          };
      String name = topic + " " + (i / 3 + 1);
      int pick = random.nextInt(10);
      Joining joining =
          pick < 6 ? Joining.OPEN : pick < 8 ? Joining.BY_REQUEST : Joining.BY_INVITATION;
      boolean cohort = random.nextInt(5) == 0;
      set.networks.add(
          new NetworkRow(
              id,
              name,
              "Staff of the trust's schools who share " + topic.toLowerCase() + " meet each term.",
              kind,
              joining,
              cohort));
      int size = FEWEST_MEMBERS + random.nextInt(MOST_MEMBERS - FEWEST_MEMBERS + 1);
      Set<Long> taken = new HashSet<>();
      for (int m = 0; m < size && taken.size() < staff.size(); m++) {
        long person = staff.get(random.nextInt(staff.size())).id();
        if (!taken.add(person)) {
          continue;
        }
        boolean lead = m < 1 + (i % 2);
        String state =
            lead || m < size - 2
                ? "ACTIVE"
                : joining == Joining.BY_INVITATION
                    ? "INVITED"
                    : joining == Joining.BY_REQUEST ? "REQUESTED" : "ACTIVE";
        set.members.add(
            new MemberRow(
                set.members.size() + 1L,
                id,
                person,
                lead ? "LEAD" : "MEMBER",
                state,
                cohort && !lead && state.equals("ACTIVE") ? lapse : null));
      }
    }
    set.planSessions(random, today);
    set.planCoaching(random, today);
    return set;
  }

  /**
   * Coaching in every phase or role network: members paired two by two (a quarter of its members
   * coach, each one coachee), paired at the start of the academic year, each pair having met up to
   * {@value #MOST_MEETINGS} times about every three weeks since; about one in five has not met for
   * more than six weeks (stalled).
   */
  private void planCoaching(SplittableRandom random, LocalDate today) {
    LocalDate yearEnds = AcademicYear.endOf(today);
    LocalDate yearStarts = yearEnds.minusYears(1).plusDays(1);
    Map<Long, List<Long>> active = new HashMap<>();
    for (MemberRow m : members) {
      if (m.state().equals("ACTIVE") && m.role().equals("MEMBER")) {
        active.computeIfAbsent(m.networkId(), n -> new ArrayList<>()).add(m.personId());
      }
    }
    for (NetworkRow n : networks) {
      if (n.kind() != NetworkKind.PHASE_OR_ROLE) {
        continue;
      }
      List<Long> people = active.getOrDefault(n.id(), List.of());
      for (int j = 0; j + 1 < people.size() / 2; j += 2) {
        long pair = pairs.size() + 1L;
        boolean stalled = random.nextInt(5) == 0;
        LocalDate last = today.minusDays(stalled ? 50 + random.nextInt(30) : random.nextInt(20));
        int count = 0;
        LocalDate lastMet = null;
        for (LocalDate day = last;
            !day.isBefore(yearStarts) && count < MOST_MEETINGS;
            day = day.minusWeeks(3)) {
          meetings.add(new MeetingRow(pair, day, people.get(j)));
          lastMet = lastMet == null ? day : lastMet;
          count++;
        }
        pairs.add(
            new PairRow(
                pair,
                n.id(),
                people.get(j),
                people.get(j + 1),
                yearEnds,
                lastMet,
                count,
                yearStarts.atTime(9, 0).atZone(ZONE).toInstant()));
      }
    }
  }

  /**
   * Sign-ups the benchmark may still make, as {personId, sessionId}: for each session starting
   * after {@code after}, one current member of its network who has no place there; every session at
   * most once, each person's sign-ups next to each other.
   */
  List<long[]> signUps(Instant after) {
    Map<Long, List<Long>> active = new HashMap<>();
    for (MemberRow m : members) {
      if (m.state().equals("ACTIVE")) {
        active.computeIfAbsent(m.networkId(), n -> new ArrayList<>()).add(m.personId());
      }
    }
    Map<Long, Set<Long>> placed = new HashMap<>();
    for (PlaceRow p : places) {
      placed.computeIfAbsent(p.sessionId(), k -> new HashSet<>()).add(p.personId());
    }
    Map<Long, List<Long>> byPerson = new java.util.LinkedHashMap<>();
    for (SessionRow s : sessions) {
      List<Long> people = active.get(s.networkId());
      if (!s.start().isAfter(after) || people == null) {
        continue;
      }
      Set<Long> taken = placed.getOrDefault(s.id(), Set.of());
      for (int k = 0; k < people.size(); k++) {
        long person = people.get(k); // the same few members sign up to many: fewer sign-ins
        if (!taken.contains(person)) {
          byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(s.id());
          break;
        }
      }
    }
    List<long[]> signUps = new ArrayList<>();
    byPerson.forEach((person, list) -> list.forEach(s -> signUps.add(new long[] {person, s})));
    return signUps;
  }

  /** Weekly sessions of every network around {@code today}, with places for its members. */
  private void planSessions(SplittableRandom random, LocalDate today) {
    Map<Long, List<Long>> active = new HashMap<>();
    for (MemberRow m : members) {
      if (m.state().equals("ACTIVE")) {
        active.computeIfAbsent(m.networkId(), n -> new ArrayList<>()).add(m.personId());
      }
    }
    LocalDate first = today.minusWeeks(SESSIONS_PER_NETWORK / 2);
    for (NetworkRow n : networks) {
      List<Long> people = active.getOrDefault(n.id(), List.of());
      for (int k = 0; k < SESSIONS_PER_NETWORK; k++) {
        long id = sessions.size() + 1L;
        Instant start =
            first.plusWeeks(k).plusDays(n.id() % 5).atTime(16, 0).atZone(ZONE).toInstant();
        boolean online = random.nextInt(3) == 0;
        int capacity = 8 + random.nextInt(25);
        // Distinct members, from a different one each session: as many as want to come, up to
        // the places and five more waiting.
        int wanting = random.nextInt(Math.min(people.size(), capacity + 5) + 1);
        int booked = 0;
        Instant signed = start.minus(Duration.ofDays(14));
        for (int p = 0; p < wanting; p++) {
          long person = people.get((k + p) % people.size());
          boolean place = p < capacity;
          booked += place ? 1 : 0;
          places.add(new PlaceRow(id, person, place ? "BOOKED" : "WAITING", signed.plusSeconds(p)));
        }
        sessions.add(
            new SessionRow(
                id,
                n.id(),
                "Session " + (k + 1) + " of " + n.name(),
                start,
                start.plus(Duration.ofMinutes(90)),
                online ? null : "Hall, school " + (1 + n.id() % 20),
                online ? "https://meet.example.org/n" + n.id() : null,
                capacity,
                booked));
      }
    }
  }
}
