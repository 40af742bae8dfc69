package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolRepository;
import org.trustintranet.membership.domain.Urn;

@ApplicationScoped
public class JpaSchoolRepository implements SchoolRepository {
  @PersistenceContext(unitName = "membership")
  EntityManager em;

  @Override
  public Optional<School> find(long id) {
    return Optional.ofNullable(em.find(School.class, id));
  }

  @Override
  public Optional<School> findByUrn(Urn urn) {
    return em.createNamedQuery("School.byUrn", School.class)
        .setParameter("urn", urn.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<School> all(boolean includeArchived) {
    return em.createNamedQuery(includeArchived ? "School.all" : "School.open", School.class)
        .getResultList();
  }

  @Override
  public long memberCount(long schoolId) {
    return em.createQuery(
            "select count(m) from Membership m where m.school.id = :school and m.endedAt is null",
            Long.class)
        .setParameter("school", schoolId)
        .getSingleResult();
  }

  @Override
  public Map<Long, Long> memberCounts() {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select m.school.id, count(m) from Membership m where m.endedAt is null group by m.school.id",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public void add(School school) {
    em.persist(school);
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
