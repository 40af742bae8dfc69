package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.networks.domain.CoachingGoal;
import org.trustintranet.networks.domain.CoachingMeeting;
import org.trustintranet.networks.domain.CoachingPair;
import org.trustintranet.networks.domain.CoachingRepository;

/** Coaching in JPA. "Open" is the same condition as {@link CoachingPair#isOpen}. */
@ApplicationScoped
public class JpaCoachingRepository implements CoachingRepository {
  private static final String OPEN = " p.endedAt is null and p.yearEnds >= :today";

  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public CoachingPair addPair(CoachingPair pair) {
    em.persist(pair);
    return pair;
  }

  @Override
  public Optional<CoachingPair> pair(long id) {
    return Optional.ofNullable(em.find(CoachingPair.class, id));
  }

  @Override
  public Optional<CoachingPair> lockPair(long id) {
    return Optional.ofNullable(em.find(CoachingPair.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CoachingPair> pairsOf(long networkId, LocalDate yearEnds) {
    return em.createQuery(
            "select p from CoachingPair p where p.networkId = :n and p.yearEnds = :y"
                + " order by p.createdAt, p.id",
            CoachingPair.class)
        .setParameter("n", networkId)
        .setParameter("y", yearEnds)
        .getResultList();
  }

  @Override
  public List<CoachingPair> pairsWith(long personId) {
    return em.createQuery(
            "select p from CoachingPair p where p.coachId = :p or p.coacheeId = :p"
                + " order by p.yearEnds desc, p.createdAt desc, p.id desc",
            CoachingPair.class)
        .setParameter("p", personId)
        .getResultList();
  }

  @Override
  public List<CoachingPair> openPairsWith(long personId, Long networkId, LocalDate today) {
    var query =
        em.createQuery(
                "select p from CoachingPair p where (p.coachId = :p or p.coacheeId = :p) and"
                    + OPEN
                    + (networkId == null ? "" : " and p.networkId = :n"),
                CoachingPair.class)
            .setParameter("p", personId)
            .setParameter("today", today);
    if (networkId != null) {
      query.setParameter("n", networkId);
    }
    return query.getResultList();
  }

  @Override
  public long openAsCoach(long networkId, long coachId, LocalDate today) {
    return em.createQuery(
            "select count(p) from CoachingPair p where p.networkId = :n and p.coachId = :c and"
                + OPEN,
            Long.class)
        .setParameter("n", networkId)
        .setParameter("c", coachId)
        .setParameter("today", today)
        .getSingleResult();
  }

  @Override
  public boolean openAsCoachee(long networkId, long coacheeId, LocalDate today) {
    return em.createQuery(
                "select count(p) from CoachingPair p where p.networkId = :n"
                    + " and p.coacheeId = :c and"
                    + OPEN,
                Long.class)
            .setParameter("n", networkId)
            .setParameter("c", coacheeId)
            .setParameter("today", today)
            .getSingleResult()
        > 0;
  }

  @Override
  public CoachingMeeting addMeeting(CoachingMeeting meeting) {
    em.persist(meeting);
    return meeting;
  }

  @Override
  public List<CoachingMeeting> meetings(long pairId) {
    return em.createQuery(
            "select m from CoachingMeeting m where m.pairId = :p order by m.metOn desc, m.id desc",
            CoachingMeeting.class)
        .setParameter("p", pairId)
        .getResultList();
  }

  @Override
  public CoachingGoal addGoal(CoachingGoal goal) {
    em.persist(goal);
    return goal;
  }

  @Override
  public Optional<CoachingGoal> goal(long id) {
    return Optional.ofNullable(em.find(CoachingGoal.class, id));
  }

  @Override
  public List<CoachingGoal> goals(long pairId) {
    return em.createQuery(
            "select g from CoachingGoal g where g.pairId = :p order by g.setAt, g.id",
            CoachingGoal.class)
        .setParameter("p", pairId)
        .getResultList();
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
