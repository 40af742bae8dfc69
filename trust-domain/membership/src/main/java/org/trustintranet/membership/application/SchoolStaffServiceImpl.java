package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Membership;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonName;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolRepository;

@ApplicationScoped
@Transactional
public class SchoolStaffServiceImpl implements SchoolStaffService {
  static final String SUBJECT = "person";

  @Inject PersonRepository people;
  @Inject SchoolRepository schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject MembershipEvents events;
  @Inject Clock clock;

  @Override
  public long memberCount(long schoolId, String nameOrEmail, SchoolRole role) {
    currentUser.requireSchoolAdmin(schoolId);
    return people.countMembers(schoolId, nameOrEmail, role);
  }

  @Override
  public List<SchoolMemberRow> members(
      long schoolId, String nameOrEmail, SchoolRole role, PageRequest page) {
    currentUser.requireSchoolAdmin(schoolId);
    return people.members(schoolId, nameOrEmail, role, page).stream()
        .map(
            m ->
                new SchoolMemberRow(
                    m.getId(),
                    m.getPerson().getId(),
                    m.getPerson().displayName(),
                    m.getPerson().getEmail().value(),
                    m.getPerson().getJobTitle(),
                    m.getRole()))
        .toList();
  }

  @Override
  public long addPerson(PersonForm form, long schoolId, SchoolRole role) {
    currentUser.requireSchoolAdmin(schoolId);
    validator.check(form);
    School school = schools.get(schoolId);
    EmailAddress email = EmailAddress.parse(form.email());
    if (people.findByEmail(email).isPresent()) {
      throw new BusinessException("error.person.emailTaken", email.value());
    }
    Person person =
        new Person(email, new PersonName(form.givenName(), form.familyName()), form.jobTitle());
    Instant now = clock.instant();
    person.assign(school, role, now);
    people.add(person);
    people.flush();
    audit.record(
        "person.create",
        SUBJECT,
        person.getId(),
        person.displayName() + " → " + school.getName() + " (" + role + ")",
        null,
        form);
    events.started(person.getId(), schoolId, role, now);
    return person.getId();
  }

  @Override
  public void assign(long personId, long schoolId, SchoolRole role) {
    currentUser.requireSchoolAdmin(schoolId);
    Person person = people.get(personId);
    School school = schools.get(schoolId);
    Instant now = clock.instant();
    Optional<SchoolRole> before = person.assign(school, role, now);
    people.flush();
    audit.record(
        before.isPresent() ? "membership.role" : "membership.add",
        SUBJECT,
        personId,
        person.displayName() + " @ " + school.getName() + ": " + role,
        before.map(r -> Map.of("school", school.getName(), "role", r.name())).orElse(null),
        Map.of("school", school.getName(), "role", role.name()));
    if (before.isEmpty()) {
      events.started(personId, schoolId, role, now);
    }
  }

  @Override
  public void endMembership(long personId, long schoolId) {
    currentUser.requireSchoolAdmin(schoolId);
    Person person = people.get(personId);
    Instant now = clock.instant();
    Membership ended = person.leaveSchool(schoolId, now);
    people.flush();
    audit.record(
        "membership.end",
        SUBJECT,
        personId,
        person.displayName() + " @ " + ended.getSchool().getName(),
        Map.of("school", ended.getSchool().getName(), "role", ended.getRole().name()),
        null);
    events.ended(personId, schoolId, now);
  }
}
