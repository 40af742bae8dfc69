package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustintranet.networks.domain.OpenClassroom;
import org.trustintranet.networks.domain.OpenClassroomRepository;
import org.trustintranet.networks.domain.OpenClassroomState;
import org.trustintranet.networks.domain.OpenClassroomVisit;
import org.trustintranet.networks.domain.VisitState;

/** Open classrooms and their visitors in JPA. */
@ApplicationScoped
public class JpaOpenClassroomRepository implements OpenClassroomRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public OpenClassroom add(OpenClassroom offer) {
    em.persist(offer);
    return offer;
  }

  @Override
  public Optional<OpenClassroom> find(long id) {
    return Optional.ofNullable(em.find(OpenClassroom.class, id));
  }

  @Override
  public Optional<OpenClassroom> lock(long id) {
    return Optional.ofNullable(em.find(OpenClassroom.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<OpenClassroom> openFrom(LocalDate from) {
    return em.createQuery(
            "select o from OpenClassroom o where o.state = :open and o.day >= :from"
                + " order by o.day, o.starts, o.id",
            OpenClassroom.class)
        .setParameter("open", OpenClassroomState.OPEN)
        .setParameter("from", from)
        .getResultList();
  }

  @Override
  public List<OpenClassroom> offeredBy(long teacherId, LocalDate from) {
    return em.createQuery(
            "select o from OpenClassroom o where o.teacherId = :t and o.day >= :from"
                + " order by o.day, o.starts, o.id",
            OpenClassroom.class)
        .setParameter("t", teacherId)
        .setParameter("from", from)
        .getResultList();
  }

  @Override
  public List<OpenClassroom> openOfferedBy(long teacherId) {
    return em.createQuery(
            "select o from OpenClassroom o where o.teacherId = :t and o.state = :open"
                + " order by o.id",
            OpenClassroom.class)
        .setParameter("t", teacherId)
        .setParameter("open", OpenClassroomState.OPEN)
        .getResultList();
  }

  @Override
  public List<OpenClassroom> toRemind(LocalDate day) {
    return em.createQuery(
            "select o from OpenClassroom o where o.state = :open and o.day = :day"
                + " and o.remindedAt is null order by o.id",
            OpenClassroom.class)
        .setParameter("open", OpenClassroomState.OPEN)
        .setParameter("day", day)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public OpenClassroomVisit addVisit(OpenClassroomVisit visit) {
    em.persist(visit);
    return visit;
  }

  @Override
  public Optional<OpenClassroomVisit> visit(long openClassroomId, long personId) {
    return em.createQuery(
            "select v from OpenClassroomVisit v where v.openClassroomId = :o"
                + " and v.personId = :p",
            OpenClassroomVisit.class)
        .setParameter("o", openClassroomId)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OpenClassroomVisit> bookedFor(Collection<Long> openClassroomIds) {
    if (openClassroomIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select v from OpenClassroomVisit v where v.openClassroomId in :o"
                + " and v.state = :booked order by v.signedUpAt, v.id",
            OpenClassroomVisit.class)
        .setParameter("o", openClassroomIds)
        .setParameter("booked", VisitState.BOOKED)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
