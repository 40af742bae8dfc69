package org.trustintranet.membership.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * Decides what the staff import does with each row of a file, given the people already on record
 * (those whose emails the file names, each seen from the importing school). Pure: the same rows and
 * the same people always give the same plan, so a plan made at preview time is simply made again
 * when the import is applied.
 *
 * <p>A row is checked in this order, and the first failure is its error: {@code
 * import.error.columns} (cells found, cells expected), {@code import.error.tooLong} (column,
 * limit), {@code import.error.badEmail} (email), {@code import.error.missingName}, {@code
 * import.error.unknownRole} (role text), {@code import.error.duplicate} (the line that first gave
 * the email), {@code import.error.hasLeft} (the person's name). A good row is NEW when nobody has
 * the email; otherwise CHANGED when the name, the job title (only when one is given), the
 * membership of the school or the role there differ, else UNCHANGED. The name and job title of
 * someone whose details the importer may not change (they belong to other schools too, or hold a
 * trust role) are left as they are, and the row says so ({@link PlannedRow#detailsKept()}).
 */
public final class StaffImportPlanner {
  /** The most rows one import takes. */
  public static final int MAX_ROWS = 10_000;

  private StaffImportPlanner() {}

  public static List<PlannedRow> plan(List<StaffLine> lines, Collection<ExistingPerson> existing) {
    Map<String, ExistingPerson> byEmail = new HashMap<>();
    existing.forEach(p -> byEmail.put(p.email(), p));
    Map<String, Integer> firstLine = new HashMap<>();
    List<PlannedRow> rows = new ArrayList<>(lines.size());
    for (StaffLine line : lines) {
      rows.add(plan(line, byEmail, firstLine));
    }
    return rows;
  }

  private static PlannedRow plan(
      StaffLine line, Map<String, ExistingPerson> byEmail, Map<String, Integer> firstLine) {
    String email = EmailAddress.normalise(line.email());
    boolean validEmail = EmailAddress.isValid(email);
    SchoolRole role = SchoolRole.parse(line.role()).orElse(null);
    if (!validEmail) {
      email = line.email();
    }
    if (!line.hasAllCells()) {
      return PlannedRow.error(
          line, email, role, "import.error.columns", line.cells(), line.expectedCells());
    }
    Integer first = validEmail ? firstLine.putIfAbsent(email, line.line()) : null;
    Optional<StaffColumn> tooLong = tooLong(line);
    if (tooLong.isPresent()) {
      StaffColumn column = tooLong.get();
      return PlannedRow.error(
          line, email, role, "import.error.tooLong", column.label(), column.maxLength());
    }
    if (!validEmail) {
      return PlannedRow.error(line, email, role, "import.error.badEmail", line.email());
    }
    if (line.givenName().isEmpty() || line.familyName().isEmpty()) {
      return PlannedRow.error(line, email, role, "import.error.missingName");
    }
    if (role == null) {
      return PlannedRow.error(line, email, null, "import.error.unknownRole", line.role());
    }
    if (first != null) {
      return PlannedRow.error(line, email, role, "import.error.duplicate", first);
    }
    ExistingPerson person = byEmail.get(email);
    if (person == null) {
      return new PlannedRow(
          line, email, role, PlannedRow.Outcome.NEW, null, List.of(), Set.of(), null, false);
    }
    if (!person.active()) {
      return PlannedRow.error(
          line,
          email,
          role,
          "import.error.hasLeft",
          person.name().given() + " " + person.name().family());
    }
    return compare(line, email, role, person);
  }

  private static PlannedRow compare(
      StaffLine line, String email, SchoolRole role, ExistingPerson person) {
    Set<PlannedRow.Change> changes = EnumSet.noneOf(PlannedRow.Change.class);
    boolean otherName = !person.name().equals(new PersonName(line.givenName(), line.familyName()));
    boolean otherTitle = line.jobTitle() != null && !line.jobTitle().equals(person.jobTitle());
    boolean detailsKept = (otherName || otherTitle) && !person.detailsEditable();
    if (otherName && !detailsKept) {
      changes.add(PlannedRow.Change.NAME);
    }
    if (otherTitle && !detailsKept) {
      changes.add(PlannedRow.Change.JOB_TITLE);
    }
    if (person.roleHere() == null) {
      changes.add(PlannedRow.Change.JOINS_SCHOOL);
    } else if (person.roleHere() != role) {
      changes.add(PlannedRow.Change.ROLE);
    }
    return new PlannedRow(
        line,
        email,
        role,
        changes.isEmpty() ? PlannedRow.Outcome.UNCHANGED : PlannedRow.Outcome.CHANGED,
        null,
        List.of(),
        changes,
        person.roleHere(),
        detailsKept);
  }

  private static Optional<StaffColumn> tooLong(StaffLine line) {
    if (line.email().length() > StaffColumn.EMAIL.maxLength()) {
      return Optional.of(StaffColumn.EMAIL);
    }
    if (line.givenName().length() > StaffColumn.GIVEN_NAME.maxLength()) {
      return Optional.of(StaffColumn.GIVEN_NAME);
    }
    if (line.familyName().length() > StaffColumn.FAMILY_NAME.maxLength()) {
      return Optional.of(StaffColumn.FAMILY_NAME);
    }
    if (line.jobTitle() != null && line.jobTitle().length() > StaffColumn.JOB_TITLE.maxLength()) {
      return Optional.of(StaffColumn.JOB_TITLE);
    }
    return Optional.empty();
  }
}
