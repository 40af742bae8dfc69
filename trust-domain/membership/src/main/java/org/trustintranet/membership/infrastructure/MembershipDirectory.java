package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.Language;
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
  /** Ids per IN list: well under every database's limit. */
  private static final int CHUNK = 500;

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

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, UserProfile> findActiveProfiles(Collection<Long> personIds) {
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Set<TrustRole>> trustRoles = new HashMap<>();
    Map<Long, Map<Long, SchoolRole>> schoolRoles = new HashMap<>();
    for (List<Long> ids : chunks(personIds)) {
      em.createQuery(
              "select p.id, p.givenName, p.familyName, r from Person p left join p.trustRoles r"
                  + " where p.id in :ids and p.status = :active",
              Object[].class)
          .setParameter("ids", ids)
          .setParameter("active", PersonStatus.ACTIVE)
          .getResultList()
          .forEach(
              row -> {
                Long id = (Long) row[0];
                names.putIfAbsent(id, row[1] + " " + row[2]);
                Set<TrustRole> roles =
                    trustRoles.computeIfAbsent(id, k -> EnumSet.noneOf(TrustRole.class));
                if (row[3] != null) {
                  roles.add((TrustRole) row[3]);
                }
              });
      em.createQuery(
              "select m.person.id, m.school.id, m.role from Membership m"
                  + " where m.person.id in :ids and m.endedAt is null",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              row ->
                  schoolRoles
                      .computeIfAbsent((Long) row[0], k -> new HashMap<>())
                      .put((Long) row[1], (SchoolRole) row[2]));
    }
    Map<Long, UserProfile> profiles = new LinkedHashMap<>();
    names.forEach(
        (id, name) ->
            profiles.put(
                id,
                new UserProfile(
                    id, name, trustRoles.get(id), schoolRoles.getOrDefault(id, Map.of()))));
    return profiles;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Addressee> addressees(Collection<Long> personIds) {
    Map<Long, Addressee> found = new LinkedHashMap<>();
    for (List<Long> ids : chunks(personIds)) {
      em.createQuery(
              "select p.id, p.givenName, p.familyName, p.email, p.language from Person p"
                  + " where p.id in :ids and p.status = :active",
              Object[].class)
          .setParameter("ids", ids)
          .setParameter("active", PersonStatus.ACTIVE)
          .getResultList()
          .forEach(
              row ->
                  found.put(
                      (Long) row[0],
                      new Addressee(
                          (Long) row[0],
                          row[1] + " " + row[2],
                          (String) row[3],
                          Language.ofTag((String) row[4]).orElse(Language.ENGLISH))));
    }
    return found;
  }

  private static List<List<Long>> chunks(Collection<Long> personIds) {
    List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(personIds));
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
