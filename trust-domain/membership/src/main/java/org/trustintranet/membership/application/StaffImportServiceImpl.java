package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.ExistingPerson;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonName;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.PlannedRow;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolRepository;
import org.trustintranet.membership.domain.StaffImportPlanner;
import org.trustintranet.membership.domain.StaffLine;

@ApplicationScoped
@Transactional
public class StaffImportServiceImpl implements StaffImportService {
  static final String SUBJECT = "school";
  private static final String COLUMNS_ERROR = "import.error.columns";

  @Inject PersonRepository people;
  @Inject SchoolRepository schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject StaffFileReader files;
  @Inject MembershipEvents events;

  @Override
  public ImportPreview preview(long schoolId, InputStream csv) {
    currentUser.requireSchoolAdmin(schoolId);
    openSchool(schoolId);
    Plan plan = plan(schoolId, files.lines(csv));
    return new ImportPreview(schoolId, plan.rows().stream().map(ImportRow::of).toList());
  }

  @Override
  public ImportResult apply(long schoolId, ImportPreview preview) {
    currentUser.requireSchoolAdmin(schoolId);
    School school = openSchool(schoolId);
    if (preview.schoolId() != schoolId) {
      throw new IllegalArgumentException(
          "A preview for school " + preview.schoolId() + " applied to " + schoolId);
    }
    if (preview.rows().size() > StaffImportPlanner.MAX_ROWS) {
      throw new BusinessException("error.import.tooLarge", StaffImportPlanner.MAX_ROWS);
    }
    Plan plan =
        plan(schoolId, preview.rows().stream().map(StaffImportServiceImpl::lineOf).toList());
    Instant now = clock.instant();
    int created = 0;
    int changed = 0;
    Map<Person, SchoolRole> joined = new LinkedHashMap<>();
    for (PlannedRow row : plan.rows()) {
      switch (row.outcome()) {
        case NEW -> {
          joined.put(create(row, school, now), row.role());
          created++;
        }
        case CHANGED -> {
          Person person = plan.people().get(row.email());
          change(person, row, school, now);
          if (row.changes().contains(PlannedRow.Change.JOINS_SCHOOL)) {
            joined.put(person, row.role());
          }
          changed++;
        }
        case UNCHANGED, ERROR -> {
          // nothing to write
        }
      }
    }
    ImportResult result = new ImportResult(created, changed);
    if (created + changed > 0) {
      people.flush();
      audit.record(
          "staff.import",
          SUBJECT,
          schoolId,
          "Import: " + created + " new, " + changed + " changed",
          null,
          result);
    }
    joined.forEach((person, role) -> events.started(person.getId(), schoolId, role, now));
    return result;
  }

  private Person create(PlannedRow row, School school, Instant now) {
    StaffLine line = row.line();
    Person person =
        new Person(
            new EmailAddress(row.email()),
            new PersonName(line.givenName(), line.familyName()),
            line.jobTitle());
    person.assign(school, row.role(), now);
    people.add(person);
    return person;
  }

  private static void change(Person person, PlannedRow row, School school, Instant now) {
    StaffLine line = row.line();
    if (row.changes().contains(PlannedRow.Change.NAME)) {
      person.rename(new PersonName(line.givenName(), line.familyName()));
    }
    if (row.changes().contains(PlannedRow.Change.JOB_TITLE)) {
      person.retitle(line.jobTitle());
    }
    if (row.changes().contains(PlannedRow.Change.JOINS_SCHOOL)
        || row.changes().contains(PlannedRow.Change.ROLE)) {
      person.assign(school, row.role(), now);
    }
  }

  /** Plans the rows against the people on record now, read in a few chunked queries. */
  private Plan plan(long schoolId, List<StaffLine> lines) {
    UserProfile importer = currentUser.requireSignedIn();
    Set<String> emails =
        lines.stream()
            .map(l -> EmailAddress.normalise(l.email()))
            .filter(EmailAddress::isValid)
            .collect(Collectors.toSet());
    Map<String, Person> byEmail = new HashMap<>();
    people.findByEmails(emails).forEach(p -> byEmail.put(p.getEmail().value(), p));
    List<ExistingPerson> existing =
        byEmail.values().stream().map(p -> ExistingPerson.of(p, schoolId, importer)).toList();
    return new Plan(StaffImportPlanner.plan(lines, existing), byEmail);
  }

  /**
   * A preview row back as a file row. Only its text is used: its status is planned again. A row
   * whose cells did not match the header stays so (the row's text alone cannot show it).
   */
  private static StaffLine lineOf(ImportRow row) {
    if (COLUMNS_ERROR.equals(row.errorKey())) {
      return new StaffLine(
          row.line(),
          row.email(),
          row.givenName(),
          row.familyName(),
          row.jobTitle(),
          row.roleText(),
          1,
          0);
    }
    return StaffLine.of(
        row.line(), row.email(), row.givenName(), row.familyName(), row.jobTitle(), row.roleText());
  }

  private School openSchool(long schoolId) {
    School school =
        schools.find(schoolId).orElseThrow(() -> new NotFoundException("error.school.notFound"));
    if (school.isArchived()) {
      throw new BusinessException("error.school.archived", school.getName());
    }
    return school;
  }

  private record Plan(List<PlannedRow> rows, Map<String, Person> people) {}
}
