package org.trustintranet.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;

class MembershipRulesTest {
  private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

  private static School school(long id, String name) {
    School school =
        new School(
            new Urn("1" + String.format("%05d", id)),
            new SchoolProfile(name, Phase.PRIMARY, null, null, null));
    try {
      Field field = School.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(school, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return school;
  }

  private static Person person() {
    return new Person(
        EmailAddress.parse("Ann.Lee@School.org"), new PersonName("Ann", "Lee"), "Teacher");
  }

  @Test
  void theDirectorysSearchTextFollowsNamesAndEmail() {
    Person ann = person();
    assertEquals("ann lee ann.lee@school.org", ann.getSearchText());
    ann.rename(new PersonName("Anne-Marie", "O'Brien"));
    ann.changeEmail(EmailAddress.parse("am.obrien@school.org"));
    assertEquals("anne-marie o'brien am.obrien@school.org", ann.getSearchText());
  }

  @Test
  void urnIsSixDigits() {
    assertEquals("123456", Urn.parse(" 123456 ").value());
    for (String bad : new String[] {"12345", "1234567", "12a456", "", null}) {
      BusinessException e = assertThrows(BusinessException.class, () -> Urn.parse(bad));
      assertEquals("error.school.urnFormat", e.messageKey());
    }
  }

  @Test
  void emailsAreNormalisedAndChecked() {
    assertEquals("ann.lee@school.org", EmailAddress.parse("  Ann.Lee@School.ORG ").value());
    for (String bad :
        new String[] {
          "ann",
          "ann@",
          "@school.org",
          "ann lee@school.org",
          "ann@school",
          "ann..lee@school.org",
          "a@b..org"
        }) {
      assertFalse(EmailAddress.isValid(EmailAddress.normalise(bad)), bad);
    }
    assertFalse(EmailAddress.isValid("a".repeat(250) + "@x.org"));
  }

  @Test
  void namesAreRequiredAndBounded() {
    assertThrows(BusinessException.class, () -> new PersonName(" ", "Lee"));
    assertThrows(BusinessException.class, () -> new PersonName("Ann", null));
    assertThrows(
        BusinessException.class, () -> new PersonName("x".repeat(Person.NAME_LENGTH + 1), "Lee"));
    assertEquals(new PersonName("Ann", "Lee"), new PersonName(" Ann ", "Lee "));
  }

  @Test
  void aPersonHoldsOneCurrentRolePerSchool() {
    Person ann = person();
    School oakfield = school(1, "Oakfield");
    School riverside = school(2, "Riverside");
    assertEquals(Optional.empty(), ann.assign(oakfield, SchoolRole.TEACHER, NOW));
    assertEquals(
        Optional.of(SchoolRole.TEACHER), ann.assign(oakfield, SchoolRole.SCHOOL_ADMIN, NOW));
    ann.assign(riverside, SchoolRole.STAFF, NOW);
    assertEquals(2, ann.currentMemberships().size());
    assertEquals(SchoolRole.SCHOOL_ADMIN, ann.currentMembershipAt(1).orElseThrow().getRole());

    ann.leaveSchool(1, NOW.plusSeconds(60));
    assertEquals(1, ann.currentMemberships().size());
    assertEquals(2, ann.getMemberships().size(), "ended memberships are history");
    assertThrows(BusinessException.class, () -> ann.leaveSchool(1, NOW));
  }

  @Test
  void archivedSchoolsTakeNoNewMembers() {
    School closed = school(3, "Closed");
    closed.archive();
    BusinessException e =
        assertThrows(BusinessException.class, () -> person().assign(closed, SchoolRole.STAFF, NOW));
    assertEquals("error.school.archived", e.messageKey());
  }

  @Test
  void aLeaverLosesEveryMembershipAndRoleAndCanBeGivenNoNewOne() {
    Person ann = person();
    ann.assign(school(1, "Oakfield"), SchoolRole.TEACHER, NOW);
    ann.grant(TrustRole.NEWS_EDITOR);
    ann.markLeft(NOW);
    assertFalse(ann.isActive());
    assertTrue(ann.currentMemberships().isEmpty());
    assertTrue(ann.getTrustRoles().isEmpty());
    assertEquals(NOW, ann.getLeftAt());
    assertThrows(
        BusinessException.class, () -> ann.assign(school(2, "Riverside"), SchoolRole.STAFF, NOW));
    assertThrows(BusinessException.class, () -> ann.markLeft(NOW));
    ann.reinstate();
    assertTrue(ann.isActive());
    assertTrue(ann.currentMemberships().isEmpty(), "schools are given again by an admin");
  }

  @Test
  void throttleLocksAfterTheLimitAndForgetsAfterTheLock() {
    LoginThrottle.Policy policy =
        new LoginThrottle.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    LoginThrottle throttle = new LoginThrottle(LoginThrottle.accountKey("ann@school.org"), NOW);
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(NOW.plusSeconds(i), policy);
      assertFalse(throttle.isLocked(NOW.plusSeconds(i)));
    }
    throttle.recordFailure(NOW.plusSeconds(10), policy);
    assertTrue(throttle.isLocked(NOW.plusSeconds(11)));
    assertEquals(
        Duration.ofMinutes(15).minusSeconds(1),
        throttle.remainingLock(NOW.plusSeconds(11)).orElseThrow());
    assertFalse(throttle.isLocked(NOW.plusSeconds(10).plus(Duration.ofMinutes(15))));

    throttle.recordFailure(NOW.plus(Duration.ofMinutes(30)), policy);
    assertEquals(1, throttle.getFailures(), "a new window starts after the lock");
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowDoNotLock() {
    LoginThrottle.Policy policy =
        new LoginThrottle.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    LoginThrottle throttle = new LoginThrottle(LoginThrottle.addressKey("192.0.2.1"), NOW);
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(NOW.plus(Duration.ofMinutes(16L * i)), policy);
    }
    assertFalse(throttle.isLocked(NOW.plus(Duration.ofMinutes(160))));
  }

  @Test
  void aPersonHasNoLanguageUntilTheyChooseOneAndKeepsTheirChoice() {
    Person ann = person();
    assertEquals(Optional.empty(), ann.getLanguage());
    assertTrue(ann.preferLanguage(Language.WELSH));
    assertEquals(Optional.of(Language.WELSH), ann.getLanguage());
    assertFalse(ann.preferLanguage(Language.WELSH), "the same choice again changes nothing");
    assertTrue(ann.preferLanguage(Language.ENGLISH));
    assertEquals(Optional.of(Language.ENGLISH), ann.getLanguage());
    assertThrows(NullPointerException.class, () -> ann.preferLanguage(null));
  }
}
