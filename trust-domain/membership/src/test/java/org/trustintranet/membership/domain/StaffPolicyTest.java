package org.trustintranet.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/** Who may act on the whole of a person (issue 7.1: a school admin took over the trust admin). */
class StaffPolicyTest {
  private static final long A = 1;
  private static final long B = 2;

  private static final UserProfile ADMIN_OF_A =
      new UserProfile(10, "Admin A", Set.of(), Map.of(A, SchoolRole.SCHOOL_ADMIN));
  private static final UserProfile ADMIN_OF_A_AND_B =
      new UserProfile(
          11, "Admin AB", Set.of(), Map.of(A, SchoolRole.SCHOOL_ADMIN, B, SchoolRole.SCHOOL_ADMIN));
  private static final UserProfile TEACHER_AT_A =
      new UserProfile(12, "Teacher A", Set.of(), Map.of(A, SchoolRole.TEACHER));
  private static final UserProfile EDITOR_ADMIN_OF_A =
      new UserProfile(
          13, "Editor", Set.of(TrustRole.NEWS_EDITOR), Map.of(A, SchoolRole.SCHOOL_ADMIN));
  private static final UserProfile TRUST_ADMIN =
      new UserProfile(14, "Trust admin", Set.of(TrustRole.TRUST_ADMIN), Map.of());

  private static PersonStanding person(String schools, String trustRoles) {
    Set<Long> ids =
        schools.isEmpty()
            ? Set.of()
            : Arrays.stream(schools.split("\\+"))
                .map(s -> s.equals("A") ? A : B)
                .collect(Collectors.toSet());
    Set<TrustRole> roles =
        trustRoles.isEmpty()
            ? Set.of()
            : Arrays.stream(trustRoles.split("\\+"))
                .map(TrustRole::valueOf)
                .collect(Collectors.toSet());
    return new PersonStanding(99, true, ids, roles);
  }

  private static UserProfile actor(String name) {
    return switch (name) {
      case "adminA" -> ADMIN_OF_A;
      case "adminAB" -> ADMIN_OF_A_AND_B;
      case "teacherA" -> TEACHER_AT_A;
      case "editorAdminA" -> EDITOR_ADMIN_OF_A;
      case "trustAdmin" -> TRUST_ADMIN;
      case "anonymous" -> UserProfile.ANONYMOUS;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} on a person at [{1}] holding [{2}]: {3}")
  @CsvSource({
    "adminA,       A,   '',               true",
    "adminA,       B,   '',               false",
    "adminA,       A+B, '',               false",
    "adminA,       '',  '',               false",
    "adminA,       A,   NEWS_EDITOR,      false",
    "adminA,       A,   TRUST_ADMIN,      false",
    "adminA,       A,   EDUCATION_OFFICER, false",
    "adminAB,      A+B, '',               true",
    "editorAdminA, A,   NEWS_EDITOR,      false",
    "editorAdminA, A,   '',               true",
    "teacherA,     A,   '',               false",
    "anonymous,    A,   '',               false",
    "trustAdmin,   A+B, TRUST_ADMIN,      true",
    "trustAdmin,   '',  '',               true",
  })
  void wholePersonAuthority(String actor, String schools, String roles, boolean allowed) {
    PersonStanding person = person(schools, roles);
    assertEquals(allowed, StaffPolicy.mayManageWholePerson(actor(actor), person));
    assertEquals(allowed, StaffPolicy.mayReviseDetails(actor(actor), person));
    assertEquals(allowed, StaffPolicy.maySetPassword(actor(actor), person));
    assertEquals(allowed, StaffPolicy.mayMarkLeft(actor(actor), person));
  }

  @Test
  void nobodySetsTheirOwnPasswordOrLeavesThroughTheAdminPath() {
    PersonStanding self = new PersonStanding(14, true, Set.of(A), Set.of(TrustRole.TRUST_ADMIN));
    assertTrue(StaffPolicy.mayReviseDetails(TRUST_ADMIN, self));
    assertFalse(StaffPolicy.maySetPassword(TRUST_ADMIN, self), "own password: on the profile");
    assertFalse(StaffPolicy.mayMarkLeft(TRUST_ADMIN, self));
  }

  @Test
  void leaversAreOnlyReinstatedAndOnlyByTrustAdmins() {
    PersonStanding leaver = new PersonStanding(99, false, Set.of(), Set.of());
    assertFalse(StaffPolicy.mayReviseDetails(TRUST_ADMIN, leaver));
    assertFalse(StaffPolicy.maySetPassword(TRUST_ADMIN, leaver));
    assertFalse(StaffPolicy.mayMarkLeft(TRUST_ADMIN, leaver));
    assertFalse(StaffPolicy.mayChangeTrustRoles(TRUST_ADMIN, leaver));
    assertTrue(StaffPolicy.mayReinstate(TRUST_ADMIN, leaver));
    assertFalse(StaffPolicy.mayReinstate(ADMIN_OF_A_AND_B, leaver));
    assertFalse(StaffPolicy.mayReinstate(TRUST_ADMIN, person("A", "")), "already active");
  }

  @Test
  void trustRolesAreChangedByTrustAdminsOnly() {
    assertTrue(StaffPolicy.mayChangeTrustRoles(TRUST_ADMIN, person("A", "")));
    assertFalse(StaffPolicy.mayChangeTrustRoles(ADMIN_OF_A, person("A", "")));
    assertFalse(StaffPolicy.mayChangeTrustRoles(EDITOR_ADMIN_OF_A, person("A", "")));
  }
}
