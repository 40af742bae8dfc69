package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.kernel.domain.LikePattern;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.domain.Credential;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.LoginThrottle;
import org.trustintranet.membership.domain.Membership;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.PersonPlaces;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.membership.domain.StaffFilter;

/**
 * People in JPA. Directory pages are filtered, sorted and cut in the database (one count and one
 * page query), and the page's current memberships are read in one more query, whatever the page
 * size.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {
  private static final int IN_LIST_CHUNK = 500;

  /** Sort fields the screens may ask for, mapped to JPQL paths. */
  private static final Map<String, String> SORTS =
      Map.of(
          "name", "p.familyName %1$s, p.givenName %1$s, p.id",
          "email", "p.email %1$s",
          "jobTitle", "p.jobTitle %1$s, p.familyName, p.id");

  private static final Map<String, String> MEMBER_SORTS =
      Map.of(
          "name", "m.person.familyName %1$s, m.person.givenName %1$s, m.id",
          "email", "m.person.email %1$s",
          "jobTitle", "m.person.jobTitle %1$s, m.person.familyName, m.id",
          "role", "m.role %1$s, m.person.familyName, m.id");

  @PersistenceContext(unitName = "membership")
  EntityManager em;

  @Override
  public Optional<Person> find(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  @Override
  public Optional<Person> findWithMemberships(long id) {
    return em.createQuery("select p from Person p where p.id = :id", Person.class)
        .setParameter("id", id)
        .setHint("eclipselink.left-join-fetch", "p.memberships.school")
        .setHint("eclipselink.batch", "p.trustRoles")
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Person> findByEmail(EmailAddress email) {
    return em.createNamedQuery("Person.byEmail", Person.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Person> findByEmails(Collection<String> emails) {
    List<Person> found = new ArrayList<>();
    List<String> all = List.copyOf(emails);
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      found.addAll(
          em.createNamedQuery("Person.byEmails", Person.class)
              .setParameter("emails", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              .setHint("eclipselink.batch", "p.memberships")
              .setHint("eclipselink.batch.type", "IN")
              .getResultList());
    }
    return found;
  }

  @Override
  public List<Person> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Person> found = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      found.addAll(
          em.createQuery("select p from Person p where p.id in :ids", Person.class)
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              // memberships and their schools in two more statements, not two per person
              .setHint("eclipselink.batch", "p.memberships")
              .setHint("eclipselink.batch", "p.memberships.school")
              .setHint("eclipselink.batch.type", "IN")
              .getResultList());
    }
    return found;
  }

  @Override
  public List<PersonPlaces> placesOf(Collection<Long> ids) {
    Map<Long, PersonPlaces> found = new LinkedHashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      List<Object[]> rows =
          em.createQuery(
                  "select p.id, p.givenName, p.familyName, p.jobTitle, p.status, s.id, s.name,"
                      + " m.role from Person p left join p.memberships m on m.endedAt is null"
                      + " left join m.school s where p.id in :ids",
                  Object[].class)
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              .getResultList();
      Map<Long, List<PersonPlaces.Place>> places = new LinkedHashMap<>();
      for (Object[] row : rows) {
        long id = (Long) row[0];
        List<PersonPlaces.Place> of = places.computeIfAbsent(id, k -> new ArrayList<>());
        if (row[5] != null) {
          of.add(new PersonPlaces.Place((Long) row[5], (String) row[6], (SchoolRole) row[7]));
        }
        found.putIfAbsent(
            id,
            new PersonPlaces(
                id,
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (PersonStatus) row[4],
                List.of()));
      }
      places.forEach(
          (id, of) -> {
            PersonPlaces p = found.get(id);
            found.put(
                id,
                new PersonPlaces(id, p.givenName(), p.familyName(), p.jobTitle(), p.status(), of));
          });
    }
    return List.copyOf(found.values());
  }

  @Override
  public void add(Person person) {
    em.persist(person);
  }

  /** A JPQL where clause and its parameters. */
  private record Where(String clause, Map<String, Object> params) {
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      params.forEach(query::setParameter);
      return query;
    }
  }

  private static Where staffWhere(StaffFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!filter.includeLeavers()) {
      where.append(" and p.status = org.trustintranet.kernel.domain.PersonStatus.ACTIVE");
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and p.searchText like :text escape '\\'");
      params.put("text", contains(filter.text()));
    }
    if (filter.schoolId() != null || filter.role() != null) {
      where.append(
          " and exists (select m.id from Membership m where m.person = p and m.endedAt is null");
      if (filter.schoolId() != null) {
        where.append(" and m.school.id = :school");
        params.put("school", filter.schoolId());
      }
      if (filter.role() != null) {
        where.append(" and m.role = :role");
        params.put("role", filter.role());
      }
      where.append(")");
    }
    return new Where(where.toString(), params);
  }

  @Override
  public long count(StaffFilter filter) {
    Where where = staffWhere(filter);
    return where
        .bind(em.createQuery("select count(p) from Person p" + where.clause(), Long.class))
        .getSingleResult();
  }

  @Override
  public List<Person> search(StaffFilter filter, PageRequest page) {
    Where where = staffWhere(filter);
    return where
        .bind(
            em.createQuery(
                "select p from Person p"
                    + where.clause()
                    + " order by "
                    + order(SORTS, page, "name"),
                Person.class))
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .setHint("eclipselink.batch", "p.memberships")
        .setHint("eclipselink.batch", "p.memberships.school")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  private static Where memberWhere(long schoolId, String nameOrEmail, SchoolRole role) {
    StringBuilder where = new StringBuilder(" where m.school.id = :school and m.endedAt is null");
    Map<String, Object> params = new HashMap<>();
    params.put("school", schoolId);
    if (nameOrEmail != null && !nameOrEmail.isBlank()) {
      where.append(" and m.person.searchText like :text escape '\\'");
      params.put("text", contains(nameOrEmail));
    }
    if (role != null) {
      where.append(" and m.role = :role");
      params.put("role", role);
    }
    return new Where(where.toString(), params);
  }

  @Override
  public List<Membership> currentMembers(long schoolId) {
    return em.createQuery(
            "select m from Membership m join fetch m.person p where m.school.id = :school"
                + " and m.endedAt is null order by p.familyName, p.givenName, p.id",
            Membership.class)
        .setParameter("school", schoolId)
        // each member's other memberships and their schools in two more statements, not per member
        .setHint("eclipselink.batch", "m.person.memberships")
        .setHint("eclipselink.batch", "m.person.memberships.school")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public Set<Long> activeMemberIdsOf(Collection<Long> schoolIds) {
    Set<Long> found = new HashSet<>();
    List<Long> all = List.copyOf(schoolIds);
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      found.addAll(
          em.createQuery(
                  "select m.person.id from Membership m where m.school.id in :schools"
                      + " and m.endedAt is null and m.person.status = :active",
                  Long.class)
              .setParameter("schools", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              .setParameter("active", PersonStatus.ACTIVE)
              .getResultList());
    }
    return found;
  }

  @Override
  public List<Membership> activeMembersOf(Collection<Long> schoolIds) {
    List<Membership> found = new ArrayList<>();
    List<Long> all = List.copyOf(schoolIds);
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      found.addAll(
          em.createQuery(
                  "select m from Membership m join fetch m.person p join fetch m.school s"
                      + " where s.id in :schools and m.endedAt is null and p.status = :active"
                      + " order by p.familyName, p.givenName, p.id",
                  Membership.class)
              .setParameter("schools", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              .setParameter("active", PersonStatus.ACTIVE)
              .getResultList());
    }
    return found;
  }

  @Override
  public long countActiveHolders(TrustRole role) {
    return em.createNamedQuery("Person.countActiveHolders", Long.class)
        .setParameter("role", role)
        .setParameter("active", PersonStatus.ACTIVE)
        .getSingleResult();
  }

  @Override
  public long countMembers(long schoolId, String nameOrEmail, SchoolRole role) {
    Where where = memberWhere(schoolId, nameOrEmail, role);
    return where
        .bind(em.createQuery("select count(m) from Membership m" + where.clause(), Long.class))
        .getSingleResult();
  }

  @Override
  public List<Membership> members(
      long schoolId, String nameOrEmail, SchoolRole role, PageRequest page) {
    Where where = memberWhere(schoolId, nameOrEmail, role);
    return where
        .bind(
            em.createQuery(
                "select m from Membership m join fetch m.person"
                    + where.clause()
                    + " order by "
                    + order(MEMBER_SORTS, page, "name"),
                Membership.class))
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  private static String contains(String text) {
    return LikePattern.containing(text);
  }

  private static String order(Map<String, String> sorts, PageRequest page, String fallback) {
    String field =
        page.sortField() != null && sorts.containsKey(page.sortField())
            ? page.sortField()
            : fallback;
    String template = sorts.get(field);
    return String.format(Locale.ROOT, template, page.ascending() ? "asc" : "desc");
  }

  @Override
  public Optional<Credential> credentialOf(long personId) {
    return Optional.ofNullable(em.find(Credential.class, personId));
  }

  @Override
  public void add(Credential credential) {
    em.persist(credential);
  }

  @Override
  public Optional<LoginThrottle> throttle(String key) {
    return Optional.ofNullable(em.find(LoginThrottle.class, LoginThrottle.normaliseKey(key)));
  }

  @Override
  public LoginThrottle throttleForFailure(String key, Instant now) {
    String id = LoginThrottle.normaliseKey(key);
    // Creates the row or, when it exists (or a concurrent sign-in is creating it), takes its write
    // lock at once (MySQL, MariaDB and H2 in MySQL mode): failures of one key queue one after
    // another. Not INSERT IGNORE, whose shared lock lets two sign-ins deadlock on the next step.
    em.createNativeQuery(
            "INSERT INTO login_throttle (throttle_key, failures, window_started_at)"
                + " VALUES (?1, 0, ?2) ON DUPLICATE KEY UPDATE failures = failures")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    return em.find(LoginThrottle.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void removeThrottle(String key) {
    throttle(key).ifPresent(em::remove);
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
