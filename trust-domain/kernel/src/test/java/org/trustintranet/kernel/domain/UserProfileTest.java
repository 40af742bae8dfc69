package org.trustintranet.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserProfileTest {
  private static final long OAKFIELD = 1;
  private static final long RIVERSIDE = 2;

  @Test
  void schoolAdminAdministersOnlyTheirOwnSchool() {
    UserProfile admin =
        new UserProfile(
            7,
            "Helen Barker",
            Set.of(),
            Map.of(OAKFIELD, SchoolRole.SCHOOL_ADMIN, RIVERSIDE, SchoolRole.TEACHER));
    assertTrue(admin.mayAdministerSchool(OAKFIELD));
    assertFalse(admin.mayAdministerSchool(RIVERSIDE));
    assertFalse(admin.mayAdministerSchool(99));
    assertTrue(admin.administersAnySchool());
    assertEquals(Set.of(OAKFIELD), admin.schoolsWhere(SchoolRole.SCHOOL_ADMIN));
    assertEquals(Set.of(OAKFIELD, RIVERSIDE), admin.schoolsWhere(SchoolRole.TEACHER));
  }

  @Test
  void trustAdminAdministersEverySchool() {
    UserProfile trustAdmin =
        new UserProfile(1, "Priya Shah", Set.of(TrustRole.TRUST_ADMIN), Map.of());
    assertTrue(trustAdmin.mayAdministerSchool(12345));
    assertTrue(trustAdmin.administersAnySchool());
  }

  @Test
  void rolesIncludeTheOnesBelowThem() {
    assertTrue(SchoolRole.SCHOOL_ADMIN.includes(SchoolRole.TEACHER));
    assertTrue(SchoolRole.TEACHER.includes(SchoolRole.STAFF));
    assertFalse(SchoolRole.STAFF.includes(SchoolRole.TEACHER));
    UserProfile teacher = new UserProfile(3, "Tom", Set.of(), Map.of(OAKFIELD, SchoolRole.TEACHER));
    assertTrue(teacher.hasAt(OAKFIELD, SchoolRole.STAFF));
    assertFalse(teacher.hasAt(OAKFIELD, SchoolRole.SCHOOL_ADMIN));
    assertFalse(teacher.administersAnySchool());
  }

  @Test
  void anonymousHoldsNothing() {
    assertTrue(UserProfile.ANONYMOUS.isAnonymous());
    assertFalse(UserProfile.ANONYMOUS.mayAdministerSchool(OAKFIELD));
    assertFalse(UserProfile.ANONYMOUS.isTrustAdmin());
  }

  @Test
  void rolesAreParsedAsPeopleWriteThem() {
    assertEquals(Optional.of(SchoolRole.SCHOOL_ADMIN), SchoolRole.parse(" School admin "));
    assertEquals(Optional.of(SchoolRole.SCHOOL_ADMIN), SchoolRole.parse("school-admin"));
    assertEquals(Optional.of(SchoolRole.TEACHER), SchoolRole.parse("TEACHER"));
    assertEquals(Optional.empty(), SchoolRole.parse("headmaster"));
    assertEquals(Optional.empty(), SchoolRole.parse(null));
  }

  @Test
  void pageRequestsAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, null, true));
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, null, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PageRequest(0, PageRequest.MAX_LIMIT + 1, null, true));
  }
}
