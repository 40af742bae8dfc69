package org.trustintranet.it.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.uniqueEmail;
import static org.trustintranet.it.TestData.uniqueUrn;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.RecordedMembershipEvents;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.DirectoryFilter;
import org.trustintranet.membership.application.ImportPreview;
import org.trustintranet.membership.application.ImportResult;
import org.trustintranet.membership.application.ImportRow;
import org.trustintranet.membership.application.ImportRowStatus;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonActions;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.membership.application.SchoolForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.SignInResult;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.membership.application.StaffImportService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.LoginThrottle;
import org.trustintranet.membership.domain.PersonRepository;

/**
 * The membership services inside the running application, against the real database: who may do
 * what where, duplicates, concurrent edits, leavers and sign-in throttling. Each test makes its own
 * data (unique emails and URNs), so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        MembershipServiceIT.class,
        TestCallerIdentity.class,
        RecordedMembershipEvents.class,
        TestData.class);
  }

  @Inject SchoolService schools;
  @Inject StaffDirectoryService directory;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject PeopleService peopleService;
  @Inject AccountService accounts;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject PersonRepository people;
  @Inject StaffImportService imports;
  @Inject RecordedMembershipEvents events;

  @AfterEach
  void nobody() {
    TestCallerIdentity.actAs(null);
    currentUser.refresh();
  }

  private long idOf(String email) {
    return people.findByEmail(EmailAddress.parse(email)).orElseThrow().getId();
  }

  private void actAs(String email) {
    TestCallerIdentity.actAs(idOf(email));
    currentUser.refresh();
  }

  private SchoolView school(String name) {
    actAs("trust.admin" + DOMAIN);
    return schools.schools(true).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private long newPerson(String emailPrefix, long schoolId, SchoolRole role) {
    actAs("trust.admin" + DOMAIN);
    return schoolStaff.addPerson(
        new PersonForm(uniqueEmail(emailPrefix), "Test", emailPrefix, "Tester"), schoolId, role);
  }

  @Test
  void schoolAdminManagesOwnSchool() {
    long oakfield = school("Oakfield Primary School").id();
    long person = newPerson("own", school("Riverside Academy").id(), SchoolRole.STAFF);

    actAs("school.admin" + DOMAIN);
    schoolStaff.assign(person, oakfield, SchoolRole.TEACHER);

    assertEquals(SchoolRole.TEACHER, currentRoleAt(person, oakfield));
  }

  @Test
  void schoolAdminCannotTouchAnotherSchool() {
    long riverside = school("Riverside Academy").id();
    long person = newPerson("other", school("Oakfield Primary School").id(), SchoolRole.STAFF);

    actAs("school.admin" + DOMAIN);
    assertThrows(
        NotPermittedException.class,
        () -> schoolStaff.assign(person, riverside, SchoolRole.SCHOOL_ADMIN));
    assertThrows(NotPermittedException.class, () -> schoolStaff.memberCount(riverside, null, null));
    assertThrows(
        NotPermittedException.class,
        () -> schoolStaff.endMembership(idOf("staff" + DOMAIN), riverside));
    assertThrows(
        NotPermittedException.class,
        () ->
            schoolStaff.addPerson(
                new PersonForm(uniqueEmail("x"), "X", "Y", null), riverside, SchoolRole.STAFF));

    actAs("trust.admin" + DOMAIN);
    assertEquals(null, currentRoleAt(person, riverside), "nothing was written at the other school");
  }

  @Test
  void teacherCannotAdministerTheirOwnSchool() {
    long oakfield = school("Oakfield Primary School").id();
    actAs("teacher" + DOMAIN);
    assertThrows(
        NotPermittedException.class,
        () -> schoolStaff.assign(idOf("teacher" + DOMAIN), oakfield, SchoolRole.SCHOOL_ADMIN));
    assertThrows(
        NotPermittedException.class,
        () ->
            schools.create(new SchoolForm(uniqueUrn(), "Rogue", Phase.PRIMARY, null, null, null)));
  }

  @Test
  void duplicateEmailIsRefusedWhateverItsCase() {
    long oakfield = school("Oakfield Primary School").id();
    actAs("school.admin" + DOMAIN);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                schoolStaff.addPerson(
                    new PersonForm("  Teacher@OakValley.sch.uk ", "Tom", "Again", null),
                    oakfield,
                    SchoolRole.STAFF));
    assertEquals("error.person.emailTaken", refused.messageKey());
  }

  @Test
  void badInputIsRefusedAndNothingIsWritten() {
    actAs("trust.admin" + DOMAIN);
    int before = schools.schools(true).size();
    assertThrows(
        ConstraintViolationException.class,
        () -> schools.create(new SchoolForm("12ab56", "Bad URN", Phase.PRIMARY, null, null, null)));
    assertThrows(
        ConstraintViolationException.class,
        () -> schools.create(new SchoolForm(uniqueUrn(), "  ", Phase.PRIMARY, null, null, null)));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            schools.create(
                new SchoolForm(uniqueUrn(), "x".repeat(201), Phase.PRIMARY, null, null, null)));
    String urn = uniqueUrn();
    schools.create(new SchoolForm(urn, "First", Phase.PRIMARY, null, null, null));
    BusinessException taken =
        assertThrows(
            BusinessException.class,
            () -> schools.create(new SchoolForm(urn, "Second", Phase.PRIMARY, null, null, null)));
    assertEquals("error.school.urnTaken", taken.messageKey());
    assertEquals(before + 1, schools.schools(true).size());
  }

  @Test
  void twoAdminsEditingOneSchoolLoseNothing() {
    actAs("trust.admin" + DOMAIN);
    String urn = uniqueUrn();
    long id =
        schools.create(
            new SchoolForm(urn, "Concurrent Primary", Phase.PRIMARY, "Leeds", null, null));
    SchoolView loadedByBoth = schools.school(id);

    schools.revise(
        id,
        loadedByBoth.version(),
        new SchoolForm(urn, "Renamed by the first", Phase.PRIMARY, "Leeds", null, null));
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            schools.revise(
                id,
                loadedByBoth.version(),
                new SchoolForm(urn, "Renamed by the second", Phase.SECONDARY, "York", null, null)));

    SchoolView now = schools.school(id);
    assertEquals("Renamed by the first", now.name());
    assertEquals(Phase.PRIMARY, now.phase());
  }

  @Test
  void leaverCannotSignInAndKeepsNoMembership() {
    long oakfield = school("Oakfield Primary School").id();
    long person = newPerson("leaver", oakfield, SchoolRole.TEACHER);
    actAs("trust.admin" + DOMAIN);
    administration.setPassword(person, "correct horse battery");
    String email = directory.person(person).email();
    assertTrue(accounts.signIn(email, "correct horse battery", "198.51.100.7").accepted());

    actAs("school.admin" + DOMAIN);
    administration.markLeft(person, directory.person(person).version());

    PersonView left = directory.person(person);
    assertFalse(left.active());
    assertTrue(left.currentMemberships().isEmpty());
    assertEquals(1, left.memberships().size(), "the ended membership stays as history");
    assertEquals(
        SignInResult.Outcome.REFUSED,
        accounts.signIn(email, "correct horse battery", "198.51.100.7").outcome());
    assertEquals(0, directory.directoryCount(new DirectoryFilter(email, null, null, false)));
    assertEquals(1, directory.directoryCount(new DirectoryFilter(email, null, null, true)));
  }

  @Test
  void schoolAdminCannotMarkLeftSomeoneWhoAlsoWorksElsewhere() {
    long oakfield = school("Oakfield Primary School").id();
    long riverside = school("Riverside Academy").id();
    long person = newPerson("shared", oakfield, SchoolRole.TEACHER);
    actAs("trust.admin" + DOMAIN);
    schoolStaff.assign(person, riverside, SchoolRole.TEACHER);

    actAs("school.admin" + DOMAIN);
    long version = directory.person(person).version();
    assertThrows(NotPermittedException.class, () -> administration.markLeft(person, version));
    assertThrows(
        NotPermittedException.class, () -> administration.setPassword(person, "a new password!"));
    schoolStaff.endMembership(person, oakfield);
    assertEquals(1, directory.person(person).currentMemberships().size());
  }

  @Test
  void schoolAdminCannotTakeOverATrustRoleHolder() {
    // Issue 7.1: Riverside's admin could set the password of the trust admin (staff at Riverside)
    // and of the news editor, and so sign in as them.
    long riverside = school("Riverside Academy").id();
    long editor = newPerson("editor", riverside, SchoolRole.STAFF);
    administration.grant(editor, TrustRole.NEWS_EDITOR);
    long trustAdmin = idOf("trust.admin" + DOMAIN);
    long auditBefore = audit.count(AuditQuery.ALL);

    actAs("riverside.admin" + DOMAIN);
    for (long target : new long[] {editor, trustAdmin}) {
      PersonView before = directory.person(target);
      assertThrows(
          NotPermittedException.class,
          () -> administration.setPassword(target, "taken over at last"));
      assertThrows(
          NotPermittedException.class,
          () ->
              administration.revisePerson(
                  target,
                  before.version(),
                  new PersonForm("attacker@example.org", "Taken", "Over", null)));
      assertThrows(
          NotPermittedException.class, () -> administration.markLeft(target, before.version()));
      assertEquals(PersonActions.NONE, before.actions(), "the page offers none of it");
    }

    actAs("trust.admin" + DOMAIN);
    assertEquals(auditBefore, audit.count(AuditQuery.ALL));
    assertEquals("Test", directory.person(editor).givenName(), "nothing was written");
    assertTrue(directory.person(trustAdmin).active());
  }

  @Test
  void schoolAdminEditsTheDetailsOnlyOfPeopleWhollyInTheirSchools() {
    long oakfield = school("Oakfield Primary School").id();
    long riverside = school("Riverside Academy").id();
    long own = newPerson("own", oakfield, SchoolRole.TEACHER);
    long shared = newPerson("sharedEdit", oakfield, SchoolRole.TEACHER);
    schoolStaff.assign(shared, riverside, SchoolRole.STAFF);

    actAs("school.admin" + DOMAIN);
    PersonView ownBefore = directory.person(own);
    administration.revisePerson(
        own,
        ownBefore.version(),
        new PersonForm(ownBefore.email(), "Renamed", ownBefore.familyName(), "Year 2"));
    assertEquals("Renamed", directory.person(own).givenName());

    PersonView sharedBefore = directory.person(shared);
    assertThrows(
        NotPermittedException.class,
        () ->
            administration.revisePerson(
                shared,
                sharedBefore.version(),
                new PersonForm("elsewhere@example.org", "Renamed", "Elsewhere", null)));
    assertEquals(sharedBefore.email(), directory.person(shared).email());
  }

  @Test
  void otherContextsAreToldWhenMembershipsStartAndEndAndWhenSomeoneLeaves() {
    long oakfield = school("Oakfield Primary School").id();
    long riverside = school("Riverside Academy").id();
    long person = newPerson("events", oakfield, SchoolRole.TEACHER);
    schoolStaff.assign(person, riverside, SchoolRole.STAFF);
    schoolStaff.assign(person, riverside, SchoolRole.TEACHER);

    actAs("school.admin" + DOMAIN);
    assertThrows(
        NotPermittedException.class,
        () -> schoolStaff.endMembership(person, riverside),
        "a refused change tells nobody anything");
    actAs("trust.admin" + DOMAIN);
    schoolStaff.endMembership(person, riverside);
    administration.markLeft(person, directory.person(person).version());

    assertEquals(
        List.of(
            "started " + oakfield + " TEACHER",
            "started " + riverside + " STAFF",
            "ended " + riverside,
            "ended " + oakfield,
            "left"),
        events.about(person),
        "a role change is no new membership");
  }

  @Test
  void otherContextsReadPeopleThroughTheirSummaries() {
    long oakfield = school("Oakfield Primary School").id();
    long person = newPerson("summary", oakfield, SchoolRole.SCHOOL_ADMIN);

    actAs("teacher" + DOMAIN);
    PersonSummary summary = peopleService.find(person).orElseThrow();
    assertEquals("Test summary", summary.displayName());
    assertEquals(Map.of(oakfield, SchoolRole.SCHOOL_ADMIN), summary.schools());
    assertEquals(Set.of(oakfield), peopleService.administeredSchools(person));
    assertTrue(
        peopleService.staffOf(oakfield).stream().anyMatch(p -> p.id() == person),
        "listed among Oakfield's staff");
    assertEquals(Set.of(person), peopleService.findAll(List.of(person, 999_999_999L)).keySet());
    Set<Long> staffIds = peopleService.activeStaffIdsOf(List.of(oakfield));
    assertTrue(staffIds.contains(person), "the ids of Oakfield's staff include the new admin");
    assertEquals(
        peopleService.activeStaffOf(List.of(oakfield)).get(oakfield).stream()
            .map(org.trustintranet.membership.application.StaffMember::personId)
            .collect(java.util.stream.Collectors.toSet()),
        staffIds,
        "the same people as activeStaffOf, ids only");
    for (boolean archived : new boolean[] {false, true}) {
      Map<Long, String> expected = new java.util.LinkedHashMap<>();
      schools.schools(archived).forEach(s -> expected.put(s.id(), s.name()));
      assertEquals(
          List.copyOf(expected.entrySet()),
          List.copyOf(schools.names(archived).entrySet()),
          "school names, in the schools' order, archived ones " + (archived ? "too" : "not"));
    }
  }

  @Test
  void accountIsLockedAfterFiveFailures() {
    long person = newPerson("locked", school("Oakfield Primary School").id(), SchoolRole.STAFF);
    actAs("trust.admin" + DOMAIN);
    administration.setPassword(person, "the right password");
    String email = directory.person(person).email();
    String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);

    for (int i = 0; i < 5; i++) {
      assertEquals(
          SignInResult.Outcome.REFUSED, accounts.signIn(email, "wrong " + i, address).outcome());
    }
    SignInResult locked =
        accounts.signIn(
            email,
            "the right password",
            "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250));
    assertEquals(
        SignInResult.Outcome.LOCKED,
        locked.outcome(),
        "locked from any address, even with the right password");
    assertTrue(locked.lockedFor().toMinutes() >= 14);
  }

  @Test
  void clientAddressIsLockedAfterTooManyFailuresAcrossAccounts() {
    long person = newPerson("address", school("Oakfield Primary School").id(), SchoolRole.STAFF);
    actAs("trust.admin" + DOMAIN);
    administration.setPassword(person, "the right password");
    String email = directory.person(person).email();
    String attacker =
        "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 65000));

    // The test run raises the limit (its HTTP tests all sign in from loopback): read it.
    int limit =
        ConfigProvider.getConfig()
            .getOptionalValue("trust.login.address-max-failures", Integer.class)
            .orElse(20);
    for (int i = 0; i < limit; i++) {
      accounts.signIn(uniqueEmail("guess"), "password" + i, attacker);
    }
    assertEquals(
        SignInResult.Outcome.LOCKED,
        accounts.signIn(email, "the right password", attacker).outcome());
    assertTrue(
        accounts.signIn(email, "the right password", "198.51.100.20").accepted(),
        "other addresses still work");
  }

  @Test
  void concurrentFailuresFromOneAddressAreAllCountedWithoutAnError() throws Exception {
    // A school's staff share one address behind its router: several mistyped passwords at the same
    // moment used to collide on the new throttle row, and all but one ended on the error page.
    String school = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<SignInResult>> results = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String email = uniqueEmail("typo");
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return accounts.signIn(email, "mistyped", school);
                }));
      }
      start.countDown();
      for (Future<SignInResult> result : results) {
        assertEquals(SignInResult.Outcome.REFUSED, result.get(60, TimeUnit.SECONDS).outcome());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        attempts,
        people.throttle(LoginThrottle.addressKey(school)).orElseThrow().getFailures(),
        "every failure counts towards the address's limit");
  }

  @Test
  void administrativeChangesAreAudited() {
    actAs("trust.admin" + DOMAIN);
    String urn = uniqueUrn();
    long id =
        schools.create(
            new SchoolForm(urn, "Audited Primary " + urn, Phase.PRIMARY, null, null, null));
    List<AuditRecord> rows =
        audit
            .browse(
                new AuditQuery("priya", "school.create", null, null, null), PageRequest.first(50))
            .rows();
    AuditRecord entry =
        rows.stream()
            .filter(r -> r.subjectId() != null && r.subjectId() == id)
            .findFirst()
            .orElseThrow();
    assertEquals("Priya Shah", entry.actorName());
    assertTrue(entry.after().contains(urn));

    actAs("school.admin" + DOMAIN);
    assertThrows(
        NotPermittedException.class, () -> audit.browse(AuditQuery.ALL, PageRequest.first(10)));
  }

  @Test
  void directoryFiltersAndPagesInTheDatabase() {
    long oakfield = school("Oakfield Primary School").id();
    actAs("staff" + DOMAIN);
    long all = directory.directoryCount(DirectoryFilter.EVERYONE);
    long atOakfield = directory.directoryCount(new DirectoryFilter(null, oakfield, null, false));
    long admins =
        directory.directoryCount(
            new DirectoryFilter(null, oakfield, SchoolRole.SCHOOL_ADMIN, false));
    assertTrue(all > atOakfield && atOakfield > admins && admins >= 1);
    assertEquals(
        10,
        directory.directory(DirectoryFilter.EVERYONE, new PageRequest(0, 10, "name", true)).size());
    assertEquals(
        1,
        directory.directoryCount(new DirectoryFilter("helen barker", null, null, false)),
        "matches a full name");
    assertEquals(
        0,
        directory.directoryCount(new DirectoryFilter("%", null, null, false)),
        "wildcards are literal");
  }

  @Test
  void csvImportPreviewsBadRowsWritesNothingUntilConfirmedAndIsIdempotent() {
    long oakfield = school("Oakfield Primary School").id();
    long member = newPerson("member", oakfield, SchoolRole.TEACHER);
    String memberEmail = directory.person(member).email();
    String fresh = uniqueEmail("imported");
    String csv =
        "Email,Given name,Family name,Job title,Role\n"
            + fresh
            + ",Ada,Lovelace,Maths lead,teacher\n"
            + "not-an-email,Bad,Email,,staff\n"
            + "someone@example.org,No,Role,,headmaster\n"
            + fresh.toUpperCase()
            + ",Ada,Again,,staff\n"
            + memberEmail
            + ",Tom,Fletcher,Year 5 teacher,school admin\n";
    actAs("school.admin" + DOMAIN);
    ImportPreview preview = imports.preview(oakfield, stream(csv));
    assertEquals(
        List.of(
            ImportRowStatus.NEW,
            ImportRowStatus.ERROR,
            ImportRowStatus.ERROR,
            ImportRowStatus.ERROR,
            ImportRowStatus.CHANGED),
        preview.rows().stream().map(ImportRow::status).toList());
    assertEquals("import.error.badEmail", preview.rows().get(1).errorKey());
    assertEquals("import.error.unknownRole", preview.rows().get(2).errorKey());
    assertEquals("import.error.duplicate", preview.rows().get(3).errorKey());
    assertTrue(directory.findByEmail(fresh).isEmpty(), "a preview writes nothing");

    ImportResult result = imports.apply(oakfield, preview);
    assertEquals(1, result.created());
    assertEquals(1, result.changed());
    assertEquals(SchoolRole.SCHOOL_ADMIN, currentRoleAt(member, oakfield));
    actAs("school.admin" + DOMAIN);
    assertEquals("Maths lead", directory.findByEmail(fresh).orElseThrow().jobTitle());

    ImportPreview again = imports.preview(oakfield, stream(csv));
    assertEquals(0, again.importable(), "re-importing the same file changes nothing");
    assertEquals(new ImportResult(0, 0), imports.apply(oakfield, again));
  }

  @Test
  void csvImportLeavesTheDetailsOfPeopleOfOtherSchoolsAsTheyAre() {
    // Issue 7.3: Oakfield's admin renamed a Riverside teacher (and could have renamed the trust
    // admin) by importing a file with their email address.
    long oakfield = school("Oakfield Primary School").id();
    long riverside = school("Riverside Academy").id();
    long liam = newPerson("liam", riverside, SchoolRole.TEACHER);
    String liamEmail = directory.person(liam).email();
    String trustAdminEmail = "trust.admin" + DOMAIN;
    PersonView trustAdminBefore = directory.person(idOf(trustAdminEmail));
    String csv =
        "email,given name,family name,job title,role\n"
            + liamEmail
            + ",Liam,Khan-Imported,Imported title,staff\n"
            + trustAdminEmail
            + ",Taken,Over,Imported title,staff\n";

    actAs("school.admin" + DOMAIN);
    ImportPreview preview = imports.preview(oakfield, stream(csv));
    ImportRow liamRow = preview.rows().get(0);
    assertEquals(ImportRowStatus.CHANGED, liamRow.status(), "Liam may still join Oakfield");
    assertEquals(List.of("joins school"), liamRow.changes());
    assertEquals(ImportRow.DETAILS_KEPT, liamRow.noteKey(), "the preview says why");
    assertEquals(ImportRow.DETAILS_KEPT, preview.rows().get(1).noteKey());
    imports.apply(oakfield, preview);

    actAs("trust.admin" + DOMAIN);
    PersonView liamAfter = directory.person(liam);
    assertEquals("liam", liamAfter.familyName(), "his name is left as it was");
    assertEquals("Tester", liamAfter.jobTitle());
    assertEquals(SchoolRole.STAFF, currentRoleAt(liam, oakfield), "he joined Oakfield");
    PersonView trustAdminAfter = directory.person(idOf(trustAdminEmail));
    assertEquals(trustAdminBefore.givenName(), trustAdminAfter.givenName());
    assertEquals(trustAdminBefore.jobTitle(), trustAdminAfter.jobTitle());

    actAs("school.admin" + DOMAIN);
    schoolStaff.endMembership(idOf(trustAdminEmail), oakfield);
  }

  @Test
  void aFiveThousandRowFileIsPreviewedInOneGo() {
    long willow = school("Willow Bank Special School").id();
    StringBuilder csv = new StringBuilder("email,given name,family name,job title,role\n");
    String run = UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 5000; i++) {
      csv.append("bulk")
          .append(i)
          .append('.')
          .append(run)
          .append("@example.org,Given")
          .append(i)
          .append(",Family")
          .append(i)
          .append(",Teacher,")
          .append(i % 10 == 0 ? "school admin" : "teacher")
          .append('\n');
    }
    csv.append("teacher" + DOMAIN + ",Tom,Fletcher,,teacher\n");
    actAs("trust.admin" + DOMAIN);
    long started = System.nanoTime();
    ImportPreview preview = imports.preview(willow, stream(csv.toString()));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("MEASURE preview of 5,001 rows: " + millis + " ms");
    assertEquals(5000, preview.count(ImportRowStatus.NEW));
    assertEquals(1, preview.count(ImportRowStatus.CHANGED), "an existing person joins the school");
    assertTrue(
        directory.findByEmail("bulk0." + run + "@example.org").isEmpty(),
        "a preview writes nothing");
  }

  @Test
  void csvImportIntoAnotherSchoolIsRefused() {
    long riverside = school("Riverside Academy").id();
    actAs("school.admin" + DOMAIN);
    assertThrows(
        NotPermittedException.class,
        () ->
            imports.preview(
                riverside, stream("email,given name,family name,role\na@b.org,A,B,staff\n")));
  }

  @Test
  void csvWithoutAProperHeaderIsRefusedAsAWhole() {
    long oakfield = school("Oakfield Primary School").id();
    actAs("school.admin" + DOMAIN);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> imports.preview(oakfield, stream("a@b.org,A,B,staff\n")));
    assertEquals("error.import.header", refused.messageKey());
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private SchoolRole currentRoleAt(long personId, long schoolId) {
    actAs("trust.admin" + DOMAIN);
    return directory.person(personId).currentMemberships().stream()
        .filter(m -> m.schoolId() == schoolId)
        .map(m -> m.role())
        .findFirst()
        .orElse(null);
  }
}
