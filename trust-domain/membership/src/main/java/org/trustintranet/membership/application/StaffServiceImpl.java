package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Membership;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonName;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolRepository;
import org.trustintranet.membership.domain.StaffFilter;
import org.trustintranet.membership.domain.StaffPolicy;

@ApplicationScoped
@Transactional
public class StaffServiceImpl implements StaffService {
  static final String SUBJECT = "person";

  @Inject PersonRepository people;
  @Inject SchoolRepository schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Override
  public long directoryCount(DirectoryFilter filter) {
    return people.count(allowed(filter));
  }

  @Override
  public List<StaffRow> directory(DirectoryFilter filter, PageRequest page) {
    return people.search(allowed(filter), page).stream()
        .map(
            p ->
                new StaffRow(
                    p.getId(),
                    p.displayName(),
                    p.getEmail().value(),
                    p.getJobTitle(),
                    p.getStatus(),
                    p.currentMemberships().stream()
                        .map(MembershipView::of)
                        .sorted(Comparator.comparing(MembershipView::schoolName))
                        .toList()))
        .toList();
  }

  /** Leavers are listed only to admins; anyone else asking for them gets the active staff. */
  private StaffFilter allowed(DirectoryFilter filter) {
    UserProfile me = currentUser.requireSignedIn();
    return new StaffFilter(
        filter.text(),
        filter.schoolId(),
        filter.role(),
        filter.includeLeavers() && me.administersAnySchool());
  }

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
  public PersonView person(long personId) {
    UserProfile me = currentUser.requireSignedIn();
    return PersonView.of(load(personId), me);
  }

  @Override
  public Optional<PersonView> findByEmail(String email) {
    UserProfile me = currentUser.requireSignedIn();
    String normalised = EmailAddress.normalise(email);
    if (!EmailAddress.isValid(normalised)) {
      return Optional.empty();
    }
    return people.findByEmail(new EmailAddress(normalised)).map(p -> PersonView.of(p, me));
  }

  @Override
  public long addPerson(PersonForm form, long schoolId, SchoolRole role) {
    currentUser.requireSchoolAdmin(schoolId);
    validator.check(form);
    School school = loadSchool(schoolId);
    EmailAddress email = EmailAddress.parse(form.email());
    if (people.findByEmail(email).isPresent()) {
      throw new BusinessException("error.person.emailTaken", email.value());
    }
    Person person =
        new Person(email, new PersonName(form.givenName(), form.familyName()), form.jobTitle());
    person.assign(school, role, clock.instant());
    people.add(person);
    people.flush();
    audit.record(
        "person.create",
        SUBJECT,
        person.getId(),
        person.displayName() + " → " + school.getName() + " (" + role + ")",
        null,
        form);
    return person.getId();
  }

  @Override
  public void revisePerson(long personId, long loadedVersion, PersonForm form) {
    Person person = load(personId);
    require(StaffPolicy.mayReviseDetails(currentUser.requireSignedIn(), person.standing()));
    validator.check(form);
    if (person.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    PersonForm before =
        new PersonForm(
            person.getEmail().value(),
            person.getName().given(),
            person.getName().family(),
            person.getJobTitle());
    EmailAddress email = EmailAddress.parse(form.email());
    if (!email.equals(person.getEmail())) {
      if (people.findByEmail(email).isPresent()) {
        throw new BusinessException("error.person.emailTaken", email.value());
      }
      person.changeEmail(email);
    }
    person.rename(new PersonName(form.givenName(), form.familyName()));
    person.retitle(form.jobTitle());
    people.flush();
    audit.record("person.revise", SUBJECT, personId, person.displayName(), before, form);
  }

  @Override
  public void assign(long personId, long schoolId, SchoolRole role) {
    currentUser.requireSchoolAdmin(schoolId);
    Person person = load(personId);
    School school = loadSchool(schoolId);
    Optional<SchoolRole> before = person.assign(school, role, clock.instant());
    people.flush();
    audit.record(
        before.isPresent() ? "membership.role" : "membership.add",
        SUBJECT,
        personId,
        person.displayName() + " @ " + school.getName() + ": " + role,
        before.map(r -> Map.of("school", school.getName(), "role", r.name())).orElse(null),
        Map.of("school", school.getName(), "role", role.name()));
  }

  @Override
  public void endMembership(long personId, long schoolId) {
    currentUser.requireSchoolAdmin(schoolId);
    Person person = load(personId);
    Membership ended = person.leaveSchool(schoolId, clock.instant());
    people.flush();
    audit.record(
        "membership.end",
        SUBJECT,
        personId,
        person.displayName() + " @ " + ended.getSchool().getName(),
        Map.of("school", ended.getSchool().getName(), "role", ended.getRole().name()),
        null);
  }

  @Override
  public void markLeft(long personId, long loadedVersion) {
    Person person = load(personId);
    if (personId == currentUser.personId()) {
      throw new BusinessException("error.person.cannotLeaveSelf");
    }
    require(StaffPolicy.mayMarkLeft(currentUser.requireSignedIn(), person.standing()));
    if (person.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    requireAnotherTrustAdmin(person);
    List<String> schoolsBefore =
        person.currentMemberships().stream().map(m -> m.getSchool().getName()).toList();
    person.markLeft(clock.instant());
    people.flush();
    audit.record(
        "person.left",
        SUBJECT,
        personId,
        person.displayName(),
        Map.of("schools", schoolsBefore),
        Map.of("status", person.getStatus().name()));
  }

  @Override
  public void reinstate(long personId) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    Person person = load(personId);
    require(StaffPolicy.mayReinstate(currentUser.requireSignedIn(), person.standing()));
    person.reinstate();
    people.flush();
    audit.record("person.reinstate", SUBJECT, personId, person.displayName(), null, null);
  }

  @Override
  public void grant(long personId, TrustRole role) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    Person person = load(personId);
    require(StaffPolicy.mayChangeTrustRoles(currentUser.requireSignedIn(), person.standing()));
    person.grant(role);
    people.flush();
    audit.record("person.grant", SUBJECT, personId, person.displayName() + ": " + role, null, role);
  }

  @Override
  public void revoke(long personId, TrustRole role) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    if (personId == currentUser.personId() && role == TrustRole.TRUST_ADMIN) {
      throw new BusinessException("error.person.cannotRevokeOwnAdmin");
    }
    Person person = load(personId);
    require(StaffPolicy.mayChangeTrustRoles(currentUser.requireSignedIn(), person.standing()));
    if (role == TrustRole.TRUST_ADMIN) {
      requireAnotherTrustAdmin(person);
    }
    person.revoke(role);
    people.flush();
    audit.record(
        "person.revoke", SUBJECT, personId, person.displayName() + ": " + role, role, null);
  }

  @Override
  public void setPassword(long personId, String newPassword) {
    Person person = load(personId);
    if (!person.isActive()) {
      throw new BusinessException("error.person.hasLeft", person.displayName());
    }
    require(StaffPolicy.maySetPassword(currentUser.requireSignedIn(), person.standing()));
    String hash = hasher.hash(Passwords.acceptable(newPassword));
    people
        .credentialOf(personId)
        .ifPresentOrElse(
            c -> c.replace(hash, clock.instant()),
            () -> people.add(new Credential(personId, hash, clock.instant())));
    audit.record("person.password", SUBJECT, personId, person.displayName(), null, null);
  }

  @Override
  public Map<Long, String> displayNames(List<Long> personIds) {
    currentUser.requireSignedIn();
    Map<Long, String> names = new LinkedHashMap<>();
    people.findAll(personIds).forEach(p -> names.put(p.getId(), p.displayName()));
    return names;
  }

  private Person load(long personId) {
    return people.find(personId).orElseThrow(() -> new NotFoundException("error.person.notFound"));
  }

  private School loadSchool(long schoolId) {
    return schools.find(schoolId).orElseThrow(() -> new NotFoundException("error.school.notFound"));
  }

  private static void require(boolean allowed) {
    if (!allowed) {
      throw new NotPermittedException();
    }
  }

  /**
   * The trust keeps at least one active trust admin: the last one can neither leave nor lose it.
   */
  private void requireAnotherTrustAdmin(Person person) {
    if (person.getTrustRoles().contains(TrustRole.TRUST_ADMIN)
        && people.countActiveHolders(TrustRole.TRUST_ADMIN) <= 1) {
      throw new BusinessException("error.person.lastTrustAdmin");
    }
  }
}
