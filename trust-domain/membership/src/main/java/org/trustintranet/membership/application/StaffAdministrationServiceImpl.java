package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonName;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.StaffPolicy;

@ApplicationScoped
@Transactional
public class StaffAdministrationServiceImpl implements StaffAdministrationService {
  static final String SUBJECT = "person";

  @Inject PersonRepository people;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject PasswordHasher hasher;
  @Inject MembershipEvents events;
  @Inject Clock clock;

  @Override
  public void revisePerson(long personId, long loadedVersion, PersonForm form) {
    Person person = people.get(personId);
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
  public void markLeft(long personId, long loadedVersion) {
    Person person = people.get(personId);
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
    Instant now = clock.instant();
    List<Long> schoolIds =
        person.currentMemberships().stream().map(m -> m.getSchool().getId()).toList();
    person.markLeft(now);
    people.flush();
    schoolIds.forEach(schoolId -> events.ended(personId, schoolId, now));
    events.left(personId, now);
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
    Person person = people.get(personId);
    require(StaffPolicy.mayReinstate(currentUser.requireSignedIn(), person.standing()));
    person.reinstate();
    people.flush();
    audit.record("person.reinstate", SUBJECT, personId, person.displayName(), null, null);
  }

  @Override
  public void grant(long personId, TrustRole role) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    Person person = people.get(personId);
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
    Person person = people.get(personId);
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
    Person person = people.get(personId);
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
