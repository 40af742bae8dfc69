package org.trustintranet.membership.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;

/**
 * A member of staff: who they are, the trust-wide roles they hold and their memberships of schools.
 * Memberships change only through this aggregate, which keeps one current role per school and none
 * once the person has left.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byEmail", query = "select p from Person p where p.email = :email")
@NamedQuery(name = "Person.byEmails", query = "select p from Person p where p.email in :emails")
@NamedQuery(
    name = "Person.countActiveHolders",
    query =
        "select count(distinct p) from Person p join p.trustRoles r"
            + " where r = :role and p.status = :active")
public class Person {
  public static final int NAME_LENGTH = 100;
  public static final int JOB_TITLE_LENGTH = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "given_name", nullable = false, length = NAME_LENGTH)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = NAME_LENGTH)
  private String familyName;

  @Column(name = "job_title", length = JOB_TITLE_LENGTH)
  private String jobTitle;

  /** Names and email in lower case: what the directory's "name or email" filter searches. */
  @Column(name = "search_text", nullable = false, length = 460)
  private String searchText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PersonStatus status = PersonStatus.ACTIVE;

  @Column(name = "left_at")
  private Instant leftAt;

  /** The language tag this person chose to read the intranet in; null until they choose. */
  @Column(name = "language", length = 8)
  private String language;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_trust_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "trust_role", length = 32)
  private Set<TrustRole> trustRoles = EnumSet.noneOf(TrustRole.class);

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Membership> memberships = new ArrayList<>();

  @Version private long version;

  protected Person() {}

  public Person(EmailAddress email, PersonName name, String jobTitle) {
    this.email = email.value();
    rename(name);
    this.jobTitle = blankToNull(jobTitle);
  }

  public final void rename(PersonName name) {
    this.givenName = name.given();
    this.familyName = name.family();
    refreshSearchText();
  }

  public void changeEmail(EmailAddress newEmail) {
    this.email = newEmail.value();
    refreshSearchText();
  }

  /** The text the directory searches, as the migration that added it computes it. */
  public static String searchText(String givenName, String familyName, String email) {
    return (givenName + " " + familyName + " " + email).toLowerCase(Locale.ROOT);
  }

  private void refreshSearchText() {
    if (givenName != null && email != null) {
      searchText = searchText(givenName, familyName, email);
    }
  }

  public String getSearchText() {
    return searchText;
  }

  public void retitle(String newJobTitle) {
    this.jobTitle = blankToNull(newJobTitle);
  }

  /**
   * Records the language this person reads the intranet in, on every device and in every session
   * from now on. Returns whether it changed.
   */
  public boolean preferLanguage(Language chosen) {
    String tag = Objects.requireNonNull(chosen, "language").tag();
    if (tag.equals(language)) {
      return false;
    }
    language = tag;
    return true;
  }

  /** The language this person chose, or empty when they have not chosen one. */
  public Optional<Language> getLanguage() {
    return Language.ofTag(language);
  }

  /**
   * Gives this person {@code role} at {@code school}: a new membership, or a new role in the
   * current one. Returns the role held before, if any.
   */
  public Optional<SchoolRole> assign(School school, SchoolRole role, Instant now) {
    requireActive();
    if (school.isArchived()) {
      throw new BusinessException("error.school.archived", school.getName());
    }
    Optional<Membership> current = currentMembershipAt(school.getId());
    if (current.isPresent()) {
      SchoolRole before = current.get().getRole();
      current.get().changeRole(role);
      return Optional.of(before);
    }
    memberships.add(new Membership(this, school, role, now));
    return Optional.empty();
  }

  /** Ends this person's membership of a school; they keep their other schools. */
  public Membership leaveSchool(long schoolId, Instant now) {
    Membership membership =
        currentMembershipAt(schoolId)
            .orElseThrow(() -> new BusinessException("error.membership.notMember"));
    membership.end(now);
    return membership;
  }

  /** The person has left the trust: they can no longer sign in, and all their memberships end. */
  public void markLeft(Instant now) {
    requireActive();
    status = PersonStatus.LEFT;
    leftAt = now;
    memberships.stream().filter(Membership::isCurrent).forEach(m -> m.end(now));
    trustRoles.clear();
  }

  /** Brings a leaver back; their schools must be given again. */
  public void reinstate() {
    if (status == PersonStatus.ACTIVE) {
      throw new BusinessException("error.person.alreadyActive");
    }
    status = PersonStatus.ACTIVE;
    leftAt = null;
  }

  public void grant(TrustRole role) {
    requireActive();
    trustRoles.add(role);
  }

  public void revoke(TrustRole role) {
    trustRoles.remove(role);
  }

  private void requireActive() {
    if (status != PersonStatus.ACTIVE) {
      throw new BusinessException("error.person.hasLeft", displayName());
    }
  }

  public Optional<Membership> currentMembershipAt(long schoolId) {
    return memberships.stream()
        .filter(m -> m.isCurrent() && m.getSchool().getId() == schoolId)
        .findFirst();
  }

  /** Whether this person is active, their schools now and their trust roles, for the rules. */
  public PersonStanding standing() {
    return new PersonStanding(
        id == null ? 0 : id,
        isActive(),
        currentMemberships().stream().map(m -> m.getSchool().getId()).collect(Collectors.toSet()),
        trustRoles);
  }

  public List<Membership> currentMemberships() {
    return memberships.stream().filter(Membership::isCurrent).toList();
  }

  public List<Membership> getMemberships() {
    return List.copyOf(memberships);
  }

  public boolean isActive() {
    return status == PersonStatus.ACTIVE;
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public EmailAddress getEmail() {
    return new EmailAddress(email);
  }

  public PersonName getName() {
    return new PersonName(givenName, familyName);
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public PersonStatus getStatus() {
    return status;
  }

  public Instant getLeftAt() {
    return leftAt;
  }

  public Set<TrustRole> getTrustRoles() {
    return trustRoles.isEmpty() ? Set.of() : Set.copyOf(trustRoles);
  }

  public long getVersion() {
    return version;
  }
}
