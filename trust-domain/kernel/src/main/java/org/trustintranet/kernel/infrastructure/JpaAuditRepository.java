package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.AuditEntry;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.kernel.domain.AuditRepository;
import org.trustintranet.kernel.domain.LikePattern;
import org.trustintranet.kernel.domain.Page;
import org.trustintranet.kernel.domain.PageRequest;

/** JPA storage of audit entries; filtering and paging happen in the database. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Override
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public Page<AuditRecord> find(AuditQuery query, PageRequest page) {
    return new Page<>(rows(query, page), count(query));
  }

  /** One page of entries matching the query, newest first. */
  @Override
  public List<AuditRecord> rows(AuditQuery query, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> root = select.from(AuditEntry.class);
    select
        .where(filters(cb, root, query))
        .orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
    TypedQuery<AuditEntry> rows =
        em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.limit());
    return rows.getResultList().stream().map(JpaAuditRepository::toRecord).toList();
  }

  /** How many entries match the query. */
  @Override
  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> countRoot = count.from(AuditEntry.class);
    count.select(cb.count(countRoot)).where(filters(cb, countRoot, query));
    return em.createQuery(count).getSingleResult();
  }

  @Override
  public List<String> actions() {
    return em.createQuery(
            "select distinct a.action from AuditEntry a order by a.action", String.class)
        .getResultList();
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> root, AuditQuery q) {
    List<Predicate> where = new ArrayList<>();
    if (q.actorName() != null && !q.actorName().isBlank()) {
      where.add(
          cb.like(cb.lower(root.get("actorName")), LikePattern.containing(q.actorName()), '\\'));
    }
    if (q.action() != null && !q.action().isBlank()) {
      where.add(cb.equal(root.get("action"), q.action()));
    }
    if (q.subjectType() != null && !q.subjectType().isBlank()) {
      where.add(cb.equal(root.get("subjectType"), q.subjectType()));
    }
    if (q.from() != null) {
      where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
    }
    if (q.to() != null) {
      where.add(cb.lessThan(root.get("occurredAt"), q.to()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static AuditRecord toRecord(AuditEntry e) {
    return new AuditRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getActorName(),
        e.getAction(),
        e.getSubjectType(),
        e.getSubjectId(),
        e.getSummary(),
        e.getBefore(),
        e.getAfter());
  }
}
