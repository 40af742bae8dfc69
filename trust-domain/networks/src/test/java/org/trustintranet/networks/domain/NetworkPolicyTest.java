package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.networks.domain.NetworkPolicy.JoinOutcome;

class NetworkPolicyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final UserProfile TEACHER =
      new UserProfile(7, "Tom", Set.of(), Map.of(1L, SchoolRole.TEACHER));
  private static final UserProfile ADMIN =
      new UserProfile(1, "Priya", Set.of(TrustRole.TRUST_ADMIN), Map.of());
  private static final UserProfile OUTSIDER = new UserProfile(9, "Former", Set.of(), Map.of());

  private static Network network(Joining joining, boolean cohort, LocalDate endsOn) {
    return new Network(
        new NetworkDetails(
            "Maths leads", "Subject leads meet", NetworkKind.SUBJECT, joining, cohort, endsOn),
        1,
        TODAY,
        NOW);
  }

  @Test
  void anOpenNetworkIsJoinedAtOnceAndOneByRequestAsked() {
    assertEquals(
        JoinOutcome.JOINS,
        NetworkPolicy.join(TEACHER, network(Joining.OPEN, false, null), null, TODAY));
    assertEquals(
        JoinOutcome.ASKS,
        NetworkPolicy.join(TEACHER, network(Joining.BY_REQUEST, false, null), null, TODAY));
  }

  @Test
  void aNetworkByInvitationIsJoinedOnlyByAcceptingAnInvitation() {
    Network closed = network(Joining.BY_INVITATION, false, null);
    assertEquals(JoinOutcome.REFUSED, NetworkPolicy.join(TEACHER, closed, null, TODAY));
    assertEquals(
        JoinOutcome.ACCEPTS,
        NetworkPolicy.join(TEACHER, closed, NetworkMember.invitation(5, 7, NOW), TODAY));
    assertEquals(JoinOutcome.REFUSED, NetworkPolicy.join(ADMIN, closed, null, TODAY));
  }

  @Test
  void nobodyJoinsTwiceAsksTwiceOrJoinsAnEndedNetworkOrFromOutsideTheTrust() {
    Network open = network(Joining.OPEN, false, null);
    assertEquals(
        JoinOutcome.REFUSED,
        NetworkPolicy.join(TEACHER, open, NetworkMember.member(5, 7, null, NOW), TODAY));
    assertEquals(
        JoinOutcome.REFUSED,
        NetworkPolicy.join(
            TEACHER,
            network(Joining.BY_REQUEST, false, null),
            NetworkMember.request(5, 7, NOW),
            TODAY));
    assertEquals(JoinOutcome.REFUSED, NetworkPolicy.join(OUTSIDER, open, null, TODAY));
    assertEquals(JoinOutcome.REFUSED, NetworkPolicy.join(UserProfile.ANONYMOUS, open, null, TODAY));
    Network ending = network(Joining.OPEN, false, TODAY);
    assertEquals(JoinOutcome.JOINS, NetworkPolicy.join(TEACHER, ending, null, TODAY));
    assertEquals(JoinOutcome.REFUSED, NetworkPolicy.join(TEACHER, ending, null, TODAY.plusDays(1)));
  }

  @Test
  void aLapsedCohortMemberJoinsAgainByTheNetworksRule() {
    NetworkMember lapsed = NetworkMember.member(5, 7, LocalDate.of(2026, 8, 31), NOW);
    assertFalse(lapsed.isCurrent(TODAY));
    assertEquals(
        JoinOutcome.JOINS,
        NetworkPolicy.join(TEACHER, network(Joining.OPEN, true, null), lapsed, TODAY));
    assertEquals(
        JoinOutcome.REFUSED,
        NetworkPolicy.join(TEACHER, network(Joining.BY_INVITATION, true, null), lapsed, TODAY));
  }

  @Test
  void leadsAndTrustAdminsManageMembersDoNot() {
    assertTrue(NetworkPolicy.mayManage(ADMIN, null, TODAY));
    assertTrue(NetworkPolicy.mayManage(TEACHER, NetworkMember.lead(5, 7, NOW), TODAY));
    assertFalse(NetworkPolicy.mayManage(TEACHER, NetworkMember.member(5, 7, null, NOW), TODAY));
    assertFalse(NetworkPolicy.mayManage(TEACHER, NetworkMember.invitation(5, 7, NOW), TODAY));
    assertFalse(NetworkPolicy.mayManage(TEACHER, null, TODAY));
    assertTrue(NetworkPolicy.mayCreate(ADMIN));
    assertFalse(NetworkPolicy.mayCreate(TEACHER));
  }

  @Test
  void theLastLeadCannotLeaveButAMemberOrAnAskerCan() {
    assertFalse(NetworkPolicy.mayLeave(NetworkMember.lead(5, 7, NOW), 1, TODAY));
    assertTrue(NetworkPolicy.mayLeave(NetworkMember.lead(5, 7, NOW), 2, TODAY));
    assertTrue(NetworkPolicy.mayLeave(NetworkMember.member(5, 7, null, NOW), 1, TODAY));
    assertTrue(NetworkPolicy.mayLeave(NetworkMember.request(5, 7, NOW), 1, TODAY));
    assertFalse(NetworkPolicy.mayLeave(null, 1, TODAY));
  }

  @Test
  void aCohortMembershipLapsesAtTheEndOfTheAcademicYearButALeadsDoesNot() {
    Network cohort = network(Joining.BY_INVITATION, true, null);
    assertEquals(LocalDate.of(2027, 8, 31), cohort.lapseFor(TODAY));
    assertEquals(null, network(Joining.OPEN, false, null).lapseFor(TODAY));
    NetworkMember member = NetworkMember.member(5, 7, cohort.lapseFor(TODAY), NOW);
    assertTrue(member.isCurrent(LocalDate.of(2027, 8, 31)));
    assertFalse(member.isCurrent(LocalDate.of(2027, 9, 1)));
    member.makeLead();
    assertTrue(member.isLead(LocalDate.of(2028, 9, 1)));
  }

  @Test
  void theAcademicYearEndsOnThe31stOfAugust() {
    assertEquals(LocalDate.of(2027, 8, 31), AcademicYear.endOf(LocalDate.of(2026, 9, 1)));
    assertEquals(LocalDate.of(2026, 8, 31), AcademicYear.endOf(LocalDate.of(2026, 8, 31)));
    assertEquals(LocalDate.of(2026, 8, 31), AcademicYear.endOf(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void detailsAreTrimmedRequiredAndBounded() {
    NetworkDetails d =
        new NetworkDetails("  Hub  ", " Area ", NetworkKind.HUB, Joining.OPEN, false, null);
    assertEquals("Hub", d.name());
    assertEquals("Area", d.purpose());
    assertThrows(
        BusinessException.class,
        () -> new NetworkDetails(" ", "Area", NetworkKind.HUB, Joining.OPEN, false, null));
    assertThrows(
        BusinessException.class,
        () ->
            new NetworkDetails(
                "x".repeat(121), "Area", NetworkKind.HUB, Joining.OPEN, false, null));
    assertThrows(
        BusinessException.class,
        () ->
            new NetworkDetails(
                "Hub", "x".repeat(4001), NetworkKind.HUB, Joining.OPEN, false, null));
    assertThrows(
        BusinessException.class,
        () -> new NetworkDetails("Hub", "Area", null, Joining.OPEN, false, null));
    assertThrows(BusinessException.class, () -> network(Joining.OPEN, false, TODAY.minusDays(1)));
  }
}
