package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.ProgrammeSession;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.Registration;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.networks.domain.Term;

/** Programmes, their sessions and registrations in JPA. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public Programme add(Programme programme) {
    em.persist(programme);
    return programme;
  }

  @Override
  public Optional<Programme> find(long id) {
    return Optional.ofNullable(em.find(Programme.class, id));
  }

  @Override
  public Optional<Programme> lock(long id) {
    return Optional.ofNullable(em.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Programme> ofTerm(Term term, CareerStage stage, Collection<Long> providers) {
    String jpql =
        "select p from Programme p where p.term = :term"
            + (stage == null ? "" : " and p.stage = :stage")
            + (providers.isEmpty()
                ? " and p.state = :published"
                : " and (p.state = :published or p.providerSchoolId in :providers)")
            + " order by p.title, p.id";
    TypedQuery<Programme> query =
        em.createQuery(jpql, Programme.class)
            .setParameter("term", term.key())
            .setParameter("published", ProgrammeState.PUBLISHED);
    if (stage != null) {
      query.setParameter("stage", stage);
    }
    if (!providers.isEmpty()) {
      query.setParameter("providers", providers);
    }
    return query.getResultList();
  }

  @Override
  public ProgrammeSession addSession(ProgrammeSession session) {
    em.persist(session);
    return session;
  }

  @Override
  public Optional<ProgrammeSession> findSession(long id) {
    return Optional.ofNullable(em.find(ProgrammeSession.class, id));
  }

  @Override
  public void removeSession(ProgrammeSession session) {
    em.remove(session);
  }

  @Override
  public List<ProgrammeSession> sessionsOf(Collection<Long> programmeIds) {
    if (programmeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from ProgrammeSession s where s.programmeId in :p"
                + " order by s.day, s.starts, s.id",
            ProgrammeSession.class)
        .setParameter("p", programmeIds)
        .getResultList();
  }

  @Override
  public Registration addRegistration(Registration registration) {
    em.persist(registration);
    return registration;
  }

  @Override
  public Optional<Registration> findRegistration(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  @Override
  public Optional<Registration> registration(long programmeId, long personId) {
    return em.createQuery(
            "select r from Registration r where r.programmeId = :p and r.personId = :person",
            Registration.class)
        .setParameter("p", programmeId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Registration> registrationsOf(long personId, Collection<Long> programmeIds) {
    if (programmeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Registration r where r.personId = :person and r.programmeId in :p",
            Registration.class)
        .setParameter("person", personId)
        .setParameter("p", programmeIds)
        .getResultList();
  }

  @Override
  public List<Registration> registrations(long programmeId) {
    return em.createQuery(
            "select r from Registration r where r.programmeId = :p"
                + " order by r.schoolId, r.requestedAt, r.id",
            Registration.class)
        .setParameter("p", programmeId)
        .getResultList();
  }

  @Override
  public Optional<Registration> firstWaiting(long programmeId) {
    return em.createQuery(
            "select r from Registration r where r.programmeId = :p and r.state = :waiting"
                + " order by r.requestedAt, r.id",
            Registration.class)
        .setParameter("p", programmeId)
        .setParameter("waiting", RegistrationState.WAITING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Registration> requestsFrom(Collection<Long> schoolIds) {
    if (schoolIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Registration r where r.schoolId in :s and r.state = :requested"
                + " order by r.requestedAt, r.id",
            Registration.class)
        .setParameter("s", schoolIds)
        .setParameter("requested", RegistrationState.REQUESTED)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
