package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Answers "who is this caller?" for the kernel with two small queries per request: the person and
 * their trust roles, then their current roles per school. Leavers get no profile, so a session that
 * outlives its owner's departure loses every right at once.
 */
@ApplicationScoped
public class MembershipDirectory implements UserDirectory {
  @PersistenceContext(unitName = "membership")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserProfile> findActiveProfile(long personId) {
    List<Object[]> person =
        em.createQuery(
                "select p.givenName, p.familyName, r from Person p left join p.trustRoles r"
                    + " where p.id = :id and p.status = :active",
                Object[].class)
            .setParameter("id", personId)
            .setParameter("active", PersonStatus.ACTIVE)
            .getResultList();
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Set<TrustRole> trustRoles = EnumSet.noneOf(TrustRole.class);
    person.stream().map(row -> (TrustRole) row[2]).filter(r -> r != null).forEach(trustRoles::add);
    Map<Long, SchoolRole> schoolRoles = new HashMap<>();
    em.createQuery(
            "select m.school.id, m.role from Membership m where m.person.id = :id and m.endedAt is null",
            Object[].class)
        .setParameter("id", personId)
        .getResultList()
        .forEach(row -> schoolRoles.put((Long) row[0], (SchoolRole) row[1]));
    Object[] first = person.get(0);
    return Optional.of(
        new UserProfile(personId, first[0] + " " + first[1], trustRoles, schoolRoles));
  }
}
