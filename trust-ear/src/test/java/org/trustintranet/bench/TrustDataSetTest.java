package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;

/** The planned trust, before any database: sizes, mix and determinism. */
class TrustDataSetTest {
  private static final TrustDataSet FULL = TrustDataSet.plan(1.0, 42);

  @Test
  void countsScaleRoundedAndAtLeastOne() {
    assertEquals(1, TrustDataSet.scaled(50, 0.02));
    assertEquals(100, TrustDataSet.scaled(5_000, 0.02));
    assertEquals(1, TrustDataSet.scaled(50, 0.001));
    assertEquals(500, TrustDataSet.scaled(5_000, 0.1));
    assertThrows(IllegalArgumentException.class, () -> TrustDataSet.scaled(50, 0));
    assertThrows(IllegalArgumentException.class, () -> TrustDataSet.scaled(50, -1));
  }

  @Test
  void atScaleOneFiftySchoolsOfEveryPhaseAndFiveThousandStaff() {
    assertEquals(50, FULL.schools.size());
    assertEquals(
        EnumSet.allOf(Phase.class),
        FULL.schools.stream()
            .map(TrustDataSet.SchoolRow::phase)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class))));
    assertEquals(5_000, FULL.people.size());
    assertEquals(50, FULL.schools.stream().map(TrustDataSet.SchoolRow::urn).distinct().count());
    assertEquals(5_000, FULL.people.stream().map(TrustDataSet.PersonRow::email).distinct().count());
  }

  @Test
  void aboutOneInTenStaffWorksInTwoSchools() {
    Map<Long, Long> schoolsPerPerson =
        FULL.memberships.stream()
            .collect(
                Collectors.groupingBy(TrustDataSet.MembershipRow::personId, Collectors.counting()));
    long inTwo = schoolsPerPerson.values().stream().filter(n -> n == 2).count();
    assertEquals(5_000, schoolsPerPerson.size());
    assertTrue(schoolsPerPerson.values().stream().allMatch(n -> n <= 2));
    assertTrue(inTwo > 400 && inTwo < 600, "staff in two schools: " + inTwo);
    assertEquals(
        FULL.memberships.size(),
        FULL.memberships.stream().map(m -> m.personId() + "/" + m.schoolId()).distinct().count(),
        "no one holds two memberships of one school");
  }

  @Test
  void everySchoolHasOneOrTwoAdminsAndTheOthersTeachOrSupport() {
    Map<Long, Long> adminsPerSchool =
        FULL.memberships.stream()
            .filter(m -> m.role() == SchoolRole.SCHOOL_ADMIN)
            .collect(
                Collectors.groupingBy(TrustDataSet.MembershipRow::schoolId, Collectors.counting()));
    assertEquals(50, adminsPerSchool.size());
    assertTrue(adminsPerSchool.values().stream().allMatch(n -> n == 1 || n == 2));
    long teachers = countRole(SchoolRole.TEACHER);
    long staff = countRole(SchoolRole.STAFF);
    assertTrue((teachers + staff) * 100 >= 95L * FULL.memberships.size());
    assertTrue(teachers > staff, "more teachers than support staff");
  }

  @Test
  void theLoadDriversAccountsHaveTheirRoles() {
    Map<String, TrustDataSet.PersonRow> byEmail =
        FULL.people.stream()
            .collect(Collectors.toMap(TrustDataSet.PersonRow::email, Function.identity()));
    long admin = byEmail.get("bench.admin@bench.trust").id();
    assertTrue(
        FULL.trustRoles.contains(new TrustDataSet.TrustRoleRow(admin, TrustRole.TRUST_ADMIN)));
    for (int n = 1; n <= 50; n++) {
      long id = byEmail.get("bench.schooladmin." + n + "@bench.trust").id();
      long school = n;
      assertTrue(
          FULL.memberships.stream()
              .anyMatch(
                  m ->
                      m.personId() == id
                          && m.schoolId() == school
                          && m.role() == SchoolRole.SCHOOL_ADMIN),
          "school admin of school " + n);
    }
    assertEquals(51, FULL.namedAccounts().size());
    Set<String> emails = byEmail.keySet();
    assertTrue(emails.containsAll(FULL.namedAccounts()));
  }

  @Test
  void theSameSeedGivesTheSameTrustAndAnotherSeedAnother() {
    TrustDataSet again = TrustDataSet.plan(1.0, 42);
    TrustDataSet other = TrustDataSet.plan(1.0, 43);

    assertEquals(FULL.schools, again.schools);
    assertEquals(FULL.people, again.people);
    assertEquals(FULL.memberships, again.memberships);
    assertEquals(FULL.trustRoles, again.trustRoles);
    assertNotEquals(FULL.people, other.people);
  }

  private static long countRole(SchoolRole role) {
    return FULL.memberships.stream().filter(m -> m.role() == role).count();
  }
}
