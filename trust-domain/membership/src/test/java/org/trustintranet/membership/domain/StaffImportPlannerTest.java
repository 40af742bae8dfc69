package org.trustintranet.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.kernel.domain.SchoolRole.SCHOOL_ADMIN;
import static org.trustintranet.kernel.domain.SchoolRole.STAFF;
import static org.trustintranet.kernel.domain.SchoolRole.TEACHER;
import static org.trustintranet.membership.domain.PlannedRow.Outcome.CHANGED;
import static org.trustintranet.membership.domain.PlannedRow.Outcome.ERROR;
import static org.trustintranet.membership.domain.PlannedRow.Outcome.NEW;
import static org.trustintranet.membership.domain.PlannedRow.Outcome.UNCHANGED;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.infrastructure.StaffCsv;
import org.trustintranet.membership.infrastructure.StaffCsvTest;

class StaffImportPlannerTest {
  private static final String HEADER = "email,given name,family name,job title,role\n";

  private static final ExistingPerson ANN =
      new ExistingPerson(
          "ann.lee@oak.sch.uk", new PersonName("Ann", "Lee"), "Head of Maths", true, TEACHER);

  private static List<PlannedRow> plan(String csv, ExistingPerson... existing) {
    return plan(csv, List.of(existing));
  }

  private static List<PlannedRow> plan(String csv, Collection<ExistingPerson> existing) {
    return StaffImportPlanner.plan(
        StaffCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), existing);
  }

  private static PlannedRow only(String rows, ExistingPerson... existing) {
    List<PlannedRow> planned = plan(HEADER + rows, existing);
    assertEquals(1, planned.size());
    return planned.get(0);
  }

  private static void assertError(PlannedRow row, String key, String... arguments) {
    assertEquals(ERROR, row.outcome());
    assertEquals(key, row.errorKey());
    assertEquals(List.of(arguments), row.errorArguments());
  }

  @Test
  void anUnknownEmailIsNew() {
    PlannedRow row = only("bo.berg@oak.sch.uk,Bo,Berg,Teacher,teacher\n", ANN);

    assertEquals(NEW, row.outcome());
    assertEquals(TEACHER, row.role());
    assertEquals("bo.berg@oak.sch.uk", row.email());
    assertNull(row.errorKey());
    assertTrue(row.isImportable());
  }

  @Test
  void aPersonWhoAlreadyMatchesIsUnchanged() {
    PlannedRow row = only("ann.lee@oak.sch.uk,Ann,Lee,Head of Maths,teacher\n", ANN);

    assertEquals(UNCHANGED, row.outcome());
    assertEquals(List.of(), row.describeChanges());
  }

  @Test
  void emailsMatchWhateverTheirCase() {
    assertEquals(
        UNCHANGED, only(" Ann.Lee@OAK.sch.uk ,Ann,Lee,Head of Maths,Teacher\n", ANN).outcome());
  }

  @Test
  void anEmptyJobTitleLeavesTheJobTitleAlone() {
    assertEquals(UNCHANGED, only("ann.lee@oak.sch.uk,Ann,Lee,,teacher\n", ANN).outcome());
  }

  @Test
  void noJobTitleColumnLeavesTheJobTitleAlone() {
    List<PlannedRow> rows =
        plan("email,first name,last name,role\nann.lee@oak.sch.uk,Ann,Lee,teacher\n", ANN);

    assertEquals(UNCHANGED, rows.get(0).outcome());
  }

  @Test
  void aDifferentJobTitleIsAChange() {
    PlannedRow row = only("ann.lee@oak.sch.uk,Ann,Lee,Deputy Head,teacher\n", ANN);

    assertEquals(CHANGED, row.outcome());
    assertEquals(List.of("job title"), row.describeChanges());
  }

  @Test
  void aDifferentNameIsAChange() {
    PlannedRow row = only("ann.lee@oak.sch.uk,Anne,Lee-Smith,,teacher\n", ANN);

    assertEquals(CHANGED, row.outcome());
    assertEquals(List.of("name"), row.describeChanges());
  }

  @Test
  void aDifferentRoleIsAChange() {
    PlannedRow row = only("ann.lee@oak.sch.uk,Ann,Lee,,School Admin\n", ANN);

    assertEquals(CHANGED, row.outcome());
    assertEquals(SCHOOL_ADMIN, row.role());
    assertEquals(TEACHER, row.roleBefore());
    assertEquals(List.of("role: TEACHER → SCHOOL_ADMIN"), row.describeChanges());
  }

  @Test
  void someoneFromAnotherSchoolJoinsThisOne() {
    ExistingPerson elsewhere =
        new ExistingPerson("cy@elm.sch.uk", new PersonName("Cy", "Cole"), null, true, null);

    PlannedRow row = only("cy@elm.sch.uk,Cyril,Cole,Bursar,staff\n", elsewhere);

    assertEquals(CHANGED, row.outcome());
    assertEquals(List.of("name", "job title", "joins school"), row.describeChanges());
  }

  @Test
  void aLeaverIsAnError() {
    ExistingPerson left =
        new ExistingPerson("old@oak.sch.uk", new PersonName("Ola", "Old"), null, false, null);

    assertError(only("old@oak.sch.uk,Ola,Old,,staff\n", left), "import.error.hasLeft", "Ola Old");
  }

  @ParameterizedTest
  @CsvSource({
    "staff,STAFF",
    "Teacher,TEACHER",
    "school admin,SCHOOL_ADMIN",
    "SCHOOL_ADMIN,SCHOOL_ADMIN",
    "School-Admin,SCHOOL_ADMIN"
  })
  void readsRolesAsPeopleWriteThem(String text, SchoolRole role) {
    assertEquals(role, only("bo@oak.sch.uk,Bo,Berg,," + text + "\n").role());
  }

  @Test
  void anUnknownRoleIsAnError() {
    assertError(
        only("bo@oak.sch.uk,Bo,Berg,,headteacher\n"), "import.error.unknownRole", "headteacher");
    assertError(only("bo@oak.sch.uk,Bo,Berg,,\n"), "import.error.unknownRole", "");
  }

  @Test
  void aBadEmailIsAnError() {
    assertError(only("not an email,Bo,Berg,,staff\n"), "import.error.badEmail", "not an email");
    assertError(only("bo@@oak,Bo,Berg,,staff\n"), "import.error.badEmail", "bo@@oak");
    assertError(only(",Bo,Berg,,staff\n"), "import.error.badEmail", "");
  }

  @Test
  void aMissingNameIsAnError() {
    assertError(only("bo@oak.sch.uk,,Berg,,staff\n"), "import.error.missingName");
    assertError(only("bo@oak.sch.uk,Bo,  ,,staff\n"), "import.error.missingName");
  }

  @Test
  void aCellLongerThanItsColumnIsAnError() {
    String name = "n".repeat(Person.NAME_LENGTH);
    String title = "t".repeat(Person.JOB_TITLE_LENGTH);
    String email = "e".repeat(EmailAddress.MAX_LENGTH - "@oak.sch.uk".length()) + "@oak.sch.uk";

    assertEquals(
        NEW,
        only(email + "," + name + "," + name + "," + title + ",staff\n").outcome(),
        "at the limits");
    assertError(only("x" + email + ",Bo,Berg,,staff\n"), "import.error.tooLong", "email", "254");
    assertError(
        only("bo@oak.sch.uk," + name + "x,Berg,,staff\n"),
        "import.error.tooLong",
        "given name",
        "100");
    assertError(
        only("bo@oak.sch.uk,Bo,x" + name + ",,staff\n"),
        "import.error.tooLong",
        "family name",
        "100");
    assertError(
        only("bo@oak.sch.uk,Bo,Berg,x" + title + ",staff\n"),
        "import.error.tooLong",
        "job title",
        "150");
  }

  @Test
  void aHugeCellIsTooLongNotACrash() {
    String huge = "A".repeat(5_000_000);

    assertError(
        only("bo@oak.sch.uk," + huge + ",Berg,,staff\n"),
        "import.error.tooLong",
        "given name",
        "100");
  }

  @Test
  void aRowWithTooFewOrTooManyCellsIsAnError() {
    List<PlannedRow> rows =
        plan(HEADER + "bo@oak.sch.uk,Bo,Berg,staff\ncy@oak.sch.uk,Cy,Cole,,staff,extra\n");

    assertError(rows.get(0), "import.error.columns", "4", "5");
    assertError(rows.get(1), "import.error.columns", "6", "5");
  }

  @Test
  void theLaterOfTwoRowsWithOneEmailIsAnError() {
    List<PlannedRow> rows =
        plan(
            HEADER
                + "bo@oak.sch.uk,Bo,Berg,,staff\ncy@oak.sch.uk,Cy,Cole,,staff\n\nBO@Oak.sch.uk,Bob,Berg,,teacher\n");

    assertEquals(NEW, rows.get(0).outcome());
    assertEquals(NEW, rows.get(1).outcome());
    assertEquals(5, rows.get(2).line().line());
    assertError(rows.get(2), "import.error.duplicate", "2");
  }

  @Test
  void aDuplicateOfAWrongRowIsStillADuplicate() {
    List<PlannedRow> rows =
        plan(HEADER + "bo@oak.sch.uk,Bo,Berg,,boss\nbo@oak.sch.uk,Bo,Berg,,staff\n");

    assertError(rows.get(0), "import.error.unknownRole", "boss");
    assertError(rows.get(1), "import.error.duplicate", "2");
  }

  @Test
  void formulaLookingCellsAreImportedAsText() {
    PlannedRow row =
        only("bo@oak.sch.uk,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Berg,,staff\n");

    assertEquals(NEW, row.outcome());
    assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")", row.line().givenName());
  }

  @Test
  void reImportingTheSameFileChangesNothing() {
    String file = StaffCsvTest.generated(50);
    List<PlannedRow> first = plan(file);
    assertTrue(first.stream().allMatch(r -> r.outcome() == NEW));

    List<PlannedRow> again = plan(file, asImported(first));

    assertTrue(again.stream().allMatch(r -> r.outcome() == UNCHANGED));
  }

  @Test
  void planningIsTheSameFromARowsText() {
    List<PlannedRow> fromFile =
        plan(
            HEADER + "ann.lee@oak.sch.uk,Ann,Lee,,school admin\nbo@oak.sch.uk,Bo,Berg,,staff\n",
            ANN);
    List<StaffLine> fromText =
        fromFile.stream()
            .map(
                r ->
                    StaffLine.of(
                        r.line().line(),
                        r.line().email(),
                        r.line().givenName(),
                        r.line().familyName(),
                        r.line().jobTitle(),
                        r.line().role()))
            .toList();

    List<PlannedRow> again = StaffImportPlanner.plan(fromText, List.of(ANN));

    assertEquals(
        fromFile.stream().map(PlannedRow::outcome).toList(),
        again.stream().map(PlannedRow::outcome).toList());
  }

  @Test
  void plansAFiveThousandRowFile() {
    String file = StaffCsvTest.generated(5_000);
    List<ExistingPerson> existing = new ArrayList<>();
    for (int i = 0; i < 5_000; i += 2) {
      existing.add(
          new ExistingPerson(
              "person" + i + "@oak.sch.uk",
              new PersonName("Given" + i, "Family" + i),
              "Teacher of " + (i % 7),
              true,
              i % 4 == 0 ? TEACHER : null));
    }

    Map<PlannedRow.Outcome, Long> counts =
        plan(file, existing).stream()
            .collect(Collectors.groupingBy(PlannedRow::outcome, Collectors.counting()));

    assertEquals(2_500L, counts.get(NEW));
    assertEquals(5_000L, counts.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(counts.get(CHANGED) > 0);
    assertTrue(counts.get(UNCHANGED) > 0);
  }

  /** The people a plan would leave on record: each NEW row as a current member of this school. */
  private static List<ExistingPerson> asImported(List<PlannedRow> rows) {
    Function<PlannedRow, ExistingPerson> person =
        r ->
            new ExistingPerson(
                r.email(),
                new PersonName(r.line().givenName(), r.line().familyName()),
                r.line().jobTitle(),
                true,
                r.role());
    return rows.stream().map(person).toList();
  }

  @Test
  void roleIsOnlyComparedAtThisSchool() {
    ExistingPerson staffHere =
        new ExistingPerson("dee@oak.sch.uk", new PersonName("Dee", "Dunn"), null, true, STAFF);

    assertEquals(UNCHANGED, only("dee@oak.sch.uk,Dee,Dunn,,staff\n", staffHere).outcome());
  }

  @Test
  void theDetailsOfSomeoneTheImporterMayNotChangeAreLeftAsTheyAre() {
    ExistingPerson elsewhere =
        new ExistingPerson(
            "liam.khan@oak.sch.uk", new PersonName("Liam", "Khan"), "Teacher", true, null, false);

    PlannedRow joins = only("liam.khan@oak.sch.uk,Liam,Khan-Imported,Imported,staff\n", elsewhere);

    assertEquals(CHANGED, joins.outcome(), "they may still join the importing school");
    assertEquals(List.of("joins school"), joins.describeChanges());
    assertTrue(joins.detailsKept(), "the preview says their details are left as they are");
  }

  @Test
  void aMemberWhoseDetailsAreKeptAndWhoseRoleMatchesIsUnchanged() {
    ExistingPerson shared =
        new ExistingPerson(
            "sam@oak.sch.uk", new PersonName("Sam", "Shaw"), "Teacher", true, STAFF, false);

    PlannedRow row = only("sam@oak.sch.uk,Samuel,Shaw,Head,staff\n", shared);

    assertEquals(UNCHANGED, row.outcome());
    assertTrue(row.detailsKept());
    assertTrue(only("sam@oak.sch.uk,Sam,Shaw,Teacher,staff\n", shared).changes().isEmpty());
    assertEquals(
        false,
        only("sam@oak.sch.uk,Sam,Shaw,,staff\n", shared).detailsKept(),
        "nothing to keep when the row gives the same details");
  }
}
