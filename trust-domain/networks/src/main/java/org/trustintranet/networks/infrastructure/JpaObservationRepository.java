package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ObservationFeedback;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.ObservationState;
import org.trustintranet.networks.domain.PeerObservation;

/** Peer observations in JPA. "Open" is the same condition as {@link ObservationState#isOpen}. */
@ApplicationScoped
public class JpaObservationRepository implements ObservationRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public PeerObservation add(PeerObservation observation) {
    em.persist(observation);
    return observation;
  }

  @Override
  public Optional<PeerObservation> find(long id) {
    return Optional.ofNullable(em.find(PeerObservation.class, id));
  }

  @Override
  public Optional<PeerObservation> lock(long id) {
    return Optional.ofNullable(em.find(PeerObservation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean openBetween(long one, long other) {
    return em.createQuery(
                "select count(o) from PeerObservation o where o.openPair = :k", Long.class)
            .setParameter("k", PeerObservation.pairKey(one, other))
            .getSingleResult()
        > 0;
  }

  @Override
  public List<PeerObservation> with(long personId) {
    return em.createQuery(
            "select o from PeerObservation o where o.inviterId = :p or o.inviteeId = :p"
                + " order by o.invitedAt desc, o.id desc",
            PeerObservation.class)
        .setParameter("p", personId)
        .getResultList();
  }

  @Override
  public List<ObservationFeedback> feedback(long observationId) {
    return em.createQuery(
            "select f from ObservationFeedback f where f.observationId = :o order by f.id",
            ObservationFeedback.class)
        .setParameter("o", observationId)
        .getResultList();
  }

  @Override
  public ObservationFeedback addFeedback(ObservationFeedback feedback) {
    em.persist(feedback);
    return feedback;
  }

  @Override
  public Map<Long, Long> completedBySchool(Collection<Long> schoolIds) {
    if (schoolIds != null && schoolIds.isEmpty()) {
      return Map.of();
    }
    var query =
        em.createQuery(
                "select s, count(o) from PeerObservation o join o.schools s"
                    + " where o.state = :done"
                    + (schoolIds == null ? "" : " and s in :schools")
                    + " group by s",
                Object[].class)
            .setParameter("done", ObservationState.COMPLETED);
    if (schoolIds != null) {
      query.setParameter("schools", schoolIds);
    }
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public Optional<FocusArea> focusArea(long id) {
    return Optional.ofNullable(em.find(FocusArea.class, id));
  }

  @Override
  public List<FocusArea> offeredFocusAreas() {
    return em.createNamedQuery("FocusArea.all", FocusArea.class).getResultList().stream()
        .filter(a -> !a.isRetired())
        .toList();
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
