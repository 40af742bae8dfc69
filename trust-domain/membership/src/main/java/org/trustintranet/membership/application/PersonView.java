package org.trustintranet.membership.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.Person;

/**
 * A person with all their memberships, current first, what the user who asked may do to them, and
 * the language they read the intranet in (null until they choose one).
 */
public record PersonView(
    long id,
    String email,
    String givenName,
    String familyName,
    String jobTitle,
    PersonStatus status,
    Instant leftAt,
    Set<TrustRole> trustRoles,
    List<MembershipView> memberships,
    long version,
    PersonActions actions,
    Language language)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** {@code p} as {@code viewer} sees it, with what the viewer may do to them. */
  static PersonView of(Person p, UserProfile viewer) {
    return new PersonView(
        p.getId(),
        p.getEmail().value(),
        p.getName().given(),
        p.getName().family(),
        p.getJobTitle(),
        p.getStatus(),
        p.getLeftAt(),
        p.getTrustRoles(),
        p.getMemberships().stream()
            .map(MembershipView::of)
            .sorted(
                Comparator.comparing(MembershipView::current)
                    .reversed()
                    .thenComparing(MembershipView::schoolName))
            .toList(),
        p.getVersion(),
        PersonActions.of(viewer, p.standing()),
        p.getLanguage().orElse(null));
  }

  public String displayName() {
    return givenName + " " + familyName;
  }

  public List<MembershipView> currentMemberships() {
    return memberships.stream().filter(MembershipView::current).toList();
  }

  public boolean active() {
    return status == PersonStatus.ACTIVE;
  }
}
