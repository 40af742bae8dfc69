package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.LoginThrottle;
import org.trustintranet.membership.domain.Membership;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonRepository;

@ApplicationScoped
@Transactional
public class AccountServiceImpl implements AccountService {
  /** The group every signed-in person belongs to, for "any signed-in user" security constraints. */
  public static final String SIGNED_IN = "USER";

  @Inject PersonRepository people;
  @Inject PasswordHasher hasher;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trust.login.account-max-failures", defaultValue = "5")
  int accountMaxFailures;

  @Inject
  @ConfigProperty(name = "trust.login.address-max-failures", defaultValue = "20")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "trust.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  @Override
  public SignInResult signIn(String email, String password, String clientAddress) {
    Instant now = clock.instant();
    String normalised = EmailAddress.normalise(email);
    String accountKey = LoginThrottle.accountKey(String.valueOf(normalised));
    String addressKey = LoginThrottle.addressKey(clientAddress);

    Optional<Duration> locked =
        longest(remainingLock(accountKey, now), remainingLock(addressKey, now));
    if (locked.isPresent()) {
      return SignInResult.locked(locked.get());
    }

    Optional<Person> person =
        EmailAddress.isValid(normalised)
            ? people.findByEmail(new EmailAddress(normalised)).filter(Person::isActive)
            : Optional.empty();
    Optional<Credential> credential = person.flatMap(p -> people.credentialOf(p.getId()));
    boolean valid;
    if (credential.isPresent() && password != null) {
      valid = hasher.matches(password, credential.get().getPasswordHash());
    } else {
      hasher.spendEqualTime(password == null ? "" : password);
      valid = false;
    }

    if (!valid) {
      fail(accountKey, now, policy(accountMaxFailures));
      fail(addressKey, now, policy(addressMaxFailures));
      return SignInResult.refused();
    }
    people.removeThrottle(accountKey);
    return SignInResult.accepted(person.get().getId(), groupsOf(person.get()));
  }

  private LoginThrottle.Policy policy(int maxFailures) {
    return new LoginThrottle.Policy(
        maxFailures, Duration.ofMinutes(lockMinutes), Duration.ofMinutes(lockMinutes));
  }

  private void fail(String key, Instant now, LoginThrottle.Policy policy) {
    people.throttleForFailure(key, now).recordFailure(now, policy);
  }

  private Optional<Duration> remainingLock(String key, Instant now) {
    return people.throttle(key).flatMap(t -> t.remainingLock(now));
  }

  private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
  }

  /** The groups of Jakarta Security: trust roles, and each school role held anywhere. */
  static Set<String> groupsOf(Person person) {
    Set<String> groups = new HashSet<>();
    groups.add(SIGNED_IN);
    person.getTrustRoles().forEach(r -> groups.add(r.name()));
    person.currentMemberships().stream()
        .map(Membership::getRole)
        .forEach(
            held -> {
              for (var role : org.trustintranet.kernel.domain.SchoolRole.values()) {
                if (held.includes(role)) {
                  groups.add(role.name());
                }
              }
            });
    return groups;
  }

  @Override
  public PersonView me() {
    return PersonView.of(loadMe(), currentUser.requireSignedIn());
  }

  @Override
  public void changeMyJobTitle(String jobTitle) {
    if (jobTitle != null && jobTitle.trim().length() > Person.JOB_TITLE_LENGTH) {
      throw new BusinessException("error.person.jobTitleTooLong", Person.JOB_TITLE_LENGTH);
    }
    Person me = loadMe();
    String before = me.getJobTitle();
    me.retitle(jobTitle);
    audit.record(
        "profile.jobTitle",
        StaffAdministrationServiceImpl.SUBJECT,
        me.getId(),
        me.displayName(),
        before,
        me.getJobTitle());
  }

  @Override
  public void changeMyLanguage(Language language) {
    Person me = loadMe();
    String before = me.getLanguage().map(Language::tag).orElse(null);
    if (me.preferLanguage(language)) {
      audit.record(
          "profile.language",
          StaffAdministrationServiceImpl.SUBJECT,
          me.getId(),
          me.displayName(),
          before,
          language.tag());
    }
  }

  @Override
  public void changeMyPassword(String currentPassword, String newPassword) {
    if (currentPassword == null || newPassword == null) {
      throw new BusinessException("error.password.currentWrong");
    }
    Person me = loadMe();
    Credential credential =
        people
            .credentialOf(me.getId())
            .filter(c -> hasher.matches(currentPassword, c.getPasswordHash()))
            .orElseThrow(() -> new BusinessException("error.password.currentWrong"));
    if (currentPassword.equals(newPassword)) {
      throw new BusinessException("error.password.unchanged");
    }
    credential.replace(hasher.hash(Passwords.acceptable(newPassword)), clock.instant());
    audit.record(
        "profile.password",
        StaffAdministrationServiceImpl.SUBJECT,
        me.getId(),
        me.displayName(),
        null,
        null);
  }

  private Person loadMe() {
    long id = currentUser.personId();
    return people
        .findWithMemberships(id)
        .orElseThrow(() -> new BusinessException("error.person.notFound"));
  }
}
