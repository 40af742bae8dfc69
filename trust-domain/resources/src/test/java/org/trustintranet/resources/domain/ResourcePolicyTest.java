package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class ResourcePolicyTest {
  static final long A = 1;
  static final long B = 2;

  static UserProfile person(long id, Map<Long, SchoolRole> schools, TrustRole... roles) {
    return new UserProfile(id, "P" + id, Set.of(roles), schools);
  }

  final UserProfile teacherA = person(10, Map.of(A, SchoolRole.TEACHER));
  final UserProfile staffA = person(11, Map.of(A, SchoolRole.STAFF));
  final UserProfile teacherB = person(12, Map.of(B, SchoolRole.TEACHER));
  final UserProfile adminA = person(13, Map.of(A, SchoolRole.SCHOOL_ADMIN));
  final UserProfile adminB = person(14, Map.of(B, SchoolRole.SCHOOL_ADMIN));
  final UserProfile trustAdmin = person(15, Map.of(), TrustRole.TRUST_ADMIN);
  final UserProfile officer =
      person(16, Map.of(B, SchoolRole.TEACHER), TrustRole.EDUCATION_OFFICER);
  final UserProfile nobody = person(17, Map.of());

  @Test
  void aSchoolOnlyResourceIsSeenByItsSchoolAndTrustAdminsOnly() {
    Resource r = ResourceTest.resource(A, teacherA.personId(), Visibility.SCHOOL);
    assertTrue(ResourcePolicy.maySee(teacherA, r));
    assertTrue(ResourcePolicy.maySee(staffA, r));
    assertTrue(ResourcePolicy.maySee(trustAdmin, r));
    assertFalse(ResourcePolicy.maySee(teacherB, r));
    assertFalse(ResourcePolicy.maySee(adminB, r));
    assertFalse(ResourcePolicy.maySee(officer, r));
    assertFalse(ResourcePolicy.maySee(UserProfile.ANONYMOUS, r));
  }

  @Test
  void aTrustResourceIsSeenByAnyoneOfTheTrust() {
    Resource r = ResourceTest.resource(A, teacherA.personId(), Visibility.TRUST);
    assertTrue(ResourcePolicy.maySee(teacherB, r));
    assertTrue(ResourcePolicy.maySee(officer, r));
    assertFalse(ResourcePolicy.maySee(nobody, r));
    assertFalse(ResourcePolicy.maySee(UserProfile.ANONYMOUS, r));
  }

  @Test
  void changedByItsOwnerItsSchoolsAdminsAndTrustAdmins() {
    Resource r = ResourceTest.resource(A, teacherA.personId(), Visibility.TRUST);
    assertTrue(ResourcePolicy.mayChange(teacherA, r));
    assertTrue(ResourcePolicy.mayChange(adminA, r));
    assertTrue(ResourcePolicy.mayChange(trustAdmin, r));
    assertFalse(ResourcePolicy.mayChange(staffA, r));
    assertFalse(ResourcePolicy.mayChange(teacherB, r));
    assertFalse(ResourcePolicy.mayChange(adminB, r));
  }

  @Test
  void aWithdrawnResourceIsSeenOnlyByThoseWhoMayChangeIt() {
    Resource r = ResourceTest.resource(A, teacherA.personId(), Visibility.TRUST);
    r.withdraw(ResourceTest.NOW);
    assertTrue(ResourcePolicy.maySee(teacherA, r));
    assertTrue(ResourcePolicy.maySee(adminA, r));
    assertFalse(ResourcePolicy.maySee(teacherB, r));
    assertFalse(ResourcePolicy.mayRate(adminA, r));
  }

  @Test
  void sharingNeedsATeacherAtThatSchool() {
    assertTrue(ResourcePolicy.mayShareAt(teacherA, A));
    assertTrue(ResourcePolicy.mayShareAt(adminA, A));
    assertTrue(ResourcePolicy.mayShareAt(trustAdmin, B));
    assertFalse(ResourcePolicy.mayShareAt(staffA, A));
    assertFalse(ResourcePolicy.mayShareAt(teacherA, B));
  }

  @Test
  void ownersDoNotRateTheirOwnAndOnlyOfficersAssure() {
    Resource r = ResourceTest.resource(A, teacherA.personId(), Visibility.TRUST);
    assertFalse(ResourcePolicy.mayRate(teacherA, r));
    assertTrue(ResourcePolicy.mayRate(teacherB, r));
    assertTrue(ResourcePolicy.mayAssure(officer, r));
    assertFalse(ResourcePolicy.mayAssure(trustAdmin, r));
    assertFalse(ResourcePolicy.mayAssure(adminA, r));
  }
}
