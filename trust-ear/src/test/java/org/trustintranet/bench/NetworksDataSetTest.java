package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkKind;

/** The networks' plan: how many, of every kind, each led, nobody twice in one network. */
class NetworksDataSetTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void twoHundredNetworksOfEveryKindEachWithALeadAndDistinctMembers() {
    TrustDataSet trust = TrustDataSet.plan(1.0, 42);
    NetworksDataSet set = NetworksDataSet.plan(trust, 1.0, 42, DAY);
    assertEquals(NetworksDataSet.NETWORKS_AT_SCALE_1, set.networks.size());
    assertEquals(
        Set.of(NetworkKind.values()),
        set.networks.stream().map(NetworksDataSet.NetworkRow::kind).collect(Collectors.toSet()));
    assertEquals(
        Set.of(Joining.values()),
        set.networks.stream().map(NetworksDataSet.NetworkRow::joining).collect(Collectors.toSet()));
    Set<String> names = new HashSet<>();
    for (NetworksDataSet.NetworkRow n : set.networks) {
      assertTrue(names.add(n.name().toLowerCase()), "names are unique: " + n.name());
      assertTrue(n.name().length() <= Network.NAME_LENGTH, n.name());
    }
    Set<String> pairs = new HashSet<>();
    for (NetworksDataSet.MemberRow m : set.members) {
      assertTrue(pairs.add(m.networkId() + "/" + m.personId()), "one row per person and network");
    }
    Map<Long, Long> leads =
        set.members.stream()
            .filter(m -> m.role().equals("LEAD"))
            .collect(
                Collectors.groupingBy(NetworksDataSet.MemberRow::networkId, Collectors.counting()));
    assertEquals(set.networks.size(), leads.size(), "every network has a lead");
    assertTrue(
        set.members.size() > 200 * NetworksDataSet.FEWEST_MEMBERS,
        "members: " + set.members.size());
  }

  @Test
  void twentyThousandSessionsHalfToComeWithDistinctPlacesNoMoreBookedThanTheirPlaces() {
    TrustDataSet trust = TrustDataSet.plan(1.0, 42);
    NetworksDataSet set = NetworksDataSet.plan(trust, 1.0, 42, DAY);
    assertEquals(20_000, set.sessions.size());
    java.time.Instant now = DAY.atStartOfDay(NetworksDataSet.ZONE).toInstant();
    long toCome = set.sessions.stream().filter(s -> s.start().isAfter(now)).count();
    assertTrue(toCome >= 9_000 && toCome <= 11_000, "sessions to come: " + toCome);
    Map<Long, Long> booked =
        set.places.stream()
            .filter(p -> p.state().equals("BOOKED"))
            .collect(
                Collectors.groupingBy(NetworksDataSet.PlaceRow::sessionId, Collectors.counting()));
    Set<String> pairs = new HashSet<>();
    for (NetworksDataSet.PlaceRow p : set.places) {
      assertTrue(pairs.add(p.sessionId() + "/" + p.personId()), "one place per person and session");
    }
    for (NetworksDataSet.SessionRow s : set.sessions) {
      long b = booked.getOrDefault(s.id(), 0L);
      assertEquals(s.booked(), b, "the count of session " + s.id());
      assertTrue(b <= s.capacity());
      assertTrue((s.place() == null) != (s.link() == null), "a room or a link");
    }
    assertTrue(set.places.size() > 100_000, "places: " + set.places.size());
  }

  @Test
  void coachingPairsInPhaseNetworksWithMeetingsCountedWithinTheYearAndSomeStalled() {
    TrustDataSet trust = TrustDataSet.plan(1.0, 42);
    NetworksDataSet set = NetworksDataSet.plan(trust, 1.0, 42, DAY);
    assertTrue(set.pairs.size() > 300, "pairs: " + set.pairs.size());
    Map<Long, org.trustintranet.networks.domain.NetworkKind> kinds =
        set.networks.stream()
            .collect(
                Collectors.toMap(NetworksDataSet.NetworkRow::id, NetworksDataSet.NetworkRow::kind));
    Map<Long, java.util.List<NetworksDataSet.MeetingRow>> byPair =
        set.meetings.stream().collect(Collectors.groupingBy(NetworksDataSet.MeetingRow::pairId));
    java.time.LocalDate yearEnds = org.trustintranet.networks.domain.AcademicYear.endOf(DAY);
    long stalled = 0;
    for (NetworksDataSet.PairRow p : set.pairs) {
      assertEquals(
          org.trustintranet.networks.domain.NetworkKind.PHASE_OR_ROLE, kinds.get(p.networkId()));
      assertTrue(p.coachId() != p.coacheeId());
      java.util.List<NetworksDataSet.MeetingRow> met =
          byPair.getOrDefault(p.id(), java.util.List.of());
      assertEquals(p.meetings(), met.size(), "the count of pair " + p.id());
      for (NetworksDataSet.MeetingRow m : met) {
        assertTrue(!m.metOn().isAfter(DAY) && m.metOn().isAfter(yearEnds.minusYears(1)));
        assertTrue(!m.metOn().isAfter(p.lastMet()));
      }
      if (p.lastMet() == null || p.lastMet().isBefore(DAY.minusDays(42))) {
        stalled++;
      }
    }
    assertTrue(stalled > 0 && stalled < set.pairs.size() / 2, "stalled: " + stalled);
  }

  @Test
  void signUpsAreOnePerSessionToComeByCurrentMembersWithoutAPlaceEachPersonsTogether() {
    TrustDataSet trust = TrustDataSet.plan(1.0, 42);
    NetworksDataSet set = NetworksDataSet.plan(trust, 1.0, 42, DAY);
    java.time.Instant after = DAY.plusDays(1).atStartOfDay(NetworksDataSet.ZONE).toInstant();
    java.util.List<long[]> signUps = set.signUps(after);
    assertTrue(signUps.size() > 8_000, "sign-ups: " + signUps.size());
    Map<Long, NetworksDataSet.SessionRow> sessions =
        set.sessions.stream().collect(Collectors.toMap(NetworksDataSet.SessionRow::id, s -> s));
    Set<String> members = new HashSet<>();
    set.members.stream()
        .filter(m -> m.state().equals("ACTIVE"))
        .forEach(m -> members.add(m.networkId() + "/" + m.personId()));
    Set<String> places = new HashSet<>();
    set.places.forEach(p -> places.add(p.sessionId() + "/" + p.personId()));
    Set<Long> seen = new HashSet<>();
    Set<Long> finished = new HashSet<>();
    long previous = -1;
    for (long[] one : signUps) {
      NetworksDataSet.SessionRow s = sessions.get(one[1]);
      assertTrue(seen.add(one[1]), "one sign-up per session");
      assertTrue(s.start().isAfter(after));
      assertTrue(members.contains(s.networkId() + "/" + one[0]), "a current member");
      assertTrue(!places.contains(one[1] + "/" + one[0]), "without a place yet");
      if (one[0] != previous) {
        assertTrue(finished.add(one[0]), "each person's sign-ups together");
        previous = one[0];
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameNetworks() {
    TrustDataSet trust = TrustDataSet.plan(0.1, 7);
    assertEquals(
        NetworksDataSet.plan(trust, 0.1, 7, DAY).members,
        NetworksDataSet.plan(trust, 0.1, 7, DAY).members);
  }
}
