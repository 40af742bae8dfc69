package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class AudienceTest {
  static final long A = 11;
  static final long B = 22;
  static final long C = 33;

  static UserProfile at(Map<Long, SchoolRole> schools, TrustRole... trustRoles) {
    return new UserProfile(7, "Reader", Set.of(trustRoles), schools);
  }

  static final UserProfile STAFF_A = at(Map.of(A, SchoolRole.STAFF));
  static final UserProfile TEACHER_B = at(Map.of(B, SchoolRole.TEACHER));
  static final UserProfile ADMIN_A_TEACHER_B =
      at(Map.of(A, SchoolRole.SCHOOL_ADMIN, B, SchoolRole.TEACHER));
  static final UserProfile NO_SCHOOL = at(Map.of());

  @Test
  void theWholeTrustAdmitsEveryoneSignedInAndNobodyElse() {
    for (UserProfile reader : new UserProfile[] {STAFF_A, TEACHER_B, NO_SCHOOL}) {
      assertTrue(Audience.WHOLE_TRUST.admits(Reader.withoutNetworks(reader)));
    }
    assertFalse(Audience.WHOLE_TRUST.admits(Reader.withoutNetworks(UserProfile.ANONYMOUS)));
  }

  @Test
  void schoolsAdmitTheirMembersOnly() {
    Audience onlyA = Audience.schools(Set.of(A));
    assertTrue(onlyA.admits(Reader.withoutNetworks(STAFF_A)));
    assertTrue(onlyA.admits(Reader.withoutNetworks(ADMIN_A_TEACHER_B)));
    assertFalse(
        onlyA.admits(Reader.withoutNetworks(TEACHER_B)), "a member of B does not read A's news");
    assertFalse(onlyA.admits(Reader.withoutNetworks(NO_SCHOOL)));
    assertFalse(onlyA.admits(Reader.withoutNetworks(UserProfile.ANONYMOUS)));
    Audience aAndC = Audience.schools(Set.of(A, C));
    assertTrue(aAndC.admits(Reader.withoutNetworks(STAFF_A)));
    assertFalse(aAndC.admits(Reader.withoutNetworks(TEACHER_B)));
  }

  @Test
  void trustRolesGiveNoReadingOfOtherSchoolsNews() {
    UserProfile admin = at(Map.of(C, SchoolRole.STAFF), TrustRole.TRUST_ADMIN);
    assertFalse(
        Audience.schools(Set.of(A)).admits(Reader.withoutNetworks(admin)),
        "admins may edit it; it is not for them");
  }

  @Test
  void rolesNarrowTheAudienceAtEachSchoolSeparately() {
    Audience teachersOfA = new Audience(false, Set.of(A), Set.of(SchoolRole.TEACHER));
    assertFalse(teachersOfA.admits(Reader.withoutNetworks(STAFF_A)), "staff, not a teacher");
    assertFalse(
        teachersOfA.admits(Reader.withoutNetworks(ADMIN_A_TEACHER_B)),
        "a teacher at B and school admin at A is not a teacher at A");
    assertTrue(teachersOfA.admits(Reader.withoutNetworks(at(Map.of(A, SchoolRole.TEACHER)))));

    Audience trustAdmins = new Audience(true, Set.of(), Set.of(SchoolRole.SCHOOL_ADMIN));
    assertTrue(trustAdmins.admits(Reader.withoutNetworks(ADMIN_A_TEACHER_B)));
    assertFalse(trustAdmins.admits(Reader.withoutNetworks(TEACHER_B)));
    assertFalse(trustAdmins.admits(Reader.withoutNetworks(NO_SCHOOL)));
  }

  @Test
  void anAudienceThatNamesNoOneIsRefused() {
    BusinessException empty =
        assertThrows(BusinessException.class, () -> Audience.schools(Set.of()));
    assertEquals("error.news.audienceEmpty", empty.messageKey());
    assertThrows(
        BusinessException.class,
        () -> new Audience(false, Set.of(), Set.of(SchoolRole.TEACHER)),
        "roles alone name no school");
    assertThrows(BusinessException.class, () -> Audience.schools(Set.of(-1L)));
    assertThrows(BusinessException.class, () -> Audience.schools(Set.of(0L)));
  }

  @Test
  void theWholeTrustSwallowsNamedSchools() {
    Audience both = new Audience(true, Set.of(A), Set.of());
    assertEquals(Audience.WHOLE_TRUST, both);
    assertEquals(Set.of("*"), both.keys());
  }

  @Test
  void keysRoundTripAndMatchTheReadersKeys() {
    Audience audience =
        new Audience(false, Set.of(A, B), Set.of(SchoolRole.TEACHER, SchoolRole.SCHOOL_ADMIN));
    assertEquals(audience, Audience.fromKeys(audience.keys()));
    assertEquals(Audience.WHOLE_TRUST, Audience.fromKeys(Audience.WHOLE_TRUST.keys()));
    assertEquals(
        Set.of("*", "*:STAFF", "11", "11:STAFF"),
        Audience.readerKeys(Reader.withoutNetworks(STAFF_A)),
        "reader keys");
    assertTrue(Audience.readerKeys(Reader.withoutNetworks(UserProfile.ANONYMOUS)).isEmpty());
    for (String key : audience.keys()) {
      assertTrue(key.length() <= Audience.KEY_LENGTH);
    }
  }

  @Test
  void withinSchoolsNeverCoversTheWholeTrust() {
    assertTrue(Audience.schools(Set.of(A)).withinSchools(Set.of(A, B)));
    assertFalse(Audience.schools(Set.of(A, C)).withinSchools(Set.of(A, B)));
    assertFalse(Audience.WHOLE_TRUST.withinSchools(Set.of(A, B, C)));
  }

  @Test
  void aNetworkAudienceAdmitsItsCurrentMembersOnly() {
    Audience network = Audience.network(42);
    Reader member = new Reader(TEACHER_B, Set.of(42L, 43L), Set.of());
    Reader otherNetwork = new Reader(TEACHER_B, Set.of(43L), Set.of());
    assertTrue(network.admits(member));
    assertFalse(network.admits(otherNetwork), "a member of another network");
    assertFalse(network.admits(Reader.withoutNetworks(TEACHER_B)), "staff outside the network");
    assertFalse(network.admits(Reader.withoutNetworks(at(Map.of(), TrustRole.TRUST_ADMIN))));
    assertFalse(network.admits(new Reader(UserProfile.ANONYMOUS, Set.of(42L), Set.of())));
  }

  @Test
  void aReaderHoldsAKeyForEachNetworkTheyBelongTo() {
    Reader member = new Reader(STAFF_A, Set.of(42L, 7L), Set.of(7L));
    assertEquals(
        Set.of("*", "*:STAFF", "11", "11:STAFF", "n:42", "n:7"), Audience.readerKeys(member));
    assertEquals(Set.of("n:42"), Audience.network(42).keys());
    assertEquals("n:42", Audience.networkKey(42));
    assertTrue(Audience.network(42).isNetwork());
    assertFalse(Audience.WHOLE_TRUST.isNetwork());
  }

  @Test
  void aNetworkAudienceRoundTripsThroughItsKeys() {
    Audience network = Audience.network(123_456_789_012_345_678L);
    assertEquals(network, Audience.fromKeys(network.keys()));
    network.keys().forEach(key -> assertTrue(key.length() <= Audience.KEY_LENGTH));
  }

  @Test
  void aNetworkAudienceStandsAlone() {
    assertThrows(
        BusinessException.class, () -> new Audience(true, Set.of(), Set.of(), Set.of(42L)));
    assertThrows(
        BusinessException.class, () -> new Audience(false, Set.of(A), Set.of(), Set.of(42L)));
    assertThrows(
        BusinessException.class,
        () -> new Audience(false, Set.of(), Set.of(SchoolRole.TEACHER), Set.of(42L)));
    assertThrows(BusinessException.class, () -> Audience.network(0));
  }

  @Test
  void aNetworkAudienceIsWithinNoSchools() {
    assertFalse(Audience.network(42).withinSchools(Set.of(A, B, C)));
  }

  @Test
  void onlyNetworksTheReaderBelongsToCountAsLed() {
    Reader reader = new Reader(STAFF_A, Set.of(42L), Set.of(42L, 43L));
    assertEquals(Set.of(42L), reader.leads());
    assertTrue(new Reader(UserProfile.ANONYMOUS, Set.of(42L), Set.of(42L)).keys().isEmpty());
  }
}
