package org.trustintranet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  record NetworkRow(
      long id, String name, String purpose, NetworkKind kind, Joining joining, boolean cohort) {}

  /** A person's row: state ACTIVE, REQUESTED or INVITED; role LEAD or MEMBER. */
  record MemberRow(
      long id, long networkId, long personId, String role, String state, LocalDate lapsesOn) {}

  final List<NetworkRow> networks = new ArrayList<>();
  final List<MemberRow> members = new ArrayList<>();

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
    return set;
  }
}
