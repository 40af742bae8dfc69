package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionPlace;
import org.trustintranet.networks.domain.SessionRepository;

/** Networks' sessions and places in JPA. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public NetworkSession add(NetworkSession session) {
    em.persist(session);
    return session;
  }

  @Override
  public Optional<NetworkSession> find(long id) {
    return Optional.ofNullable(em.find(NetworkSession.class, id));
  }

  @Override
  public Optional<NetworkSession> lock(long id) {
    return Optional.ofNullable(em.find(NetworkSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<NetworkSession> upcoming(long networkId, Instant now, int limit) {
    return em.createQuery(
            "select s from NetworkSession s where s.networkId = :n and s.startsAt > :now"
                + " order by s.startsAt, s.id",
            NetworkSession.class)
        .setParameter("n", networkId)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<NetworkSession> past(long networkId, Instant now, int limit) {
    return em.createQuery(
            "select s from NetworkSession s where s.networkId = :n and s.startsAt <= :now"
                + " order by s.startsAt desc, s.id desc",
            NetworkSession.class)
        .setParameter("n", networkId)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<NetworkSession> nextBookedFor(long personId, Instant now) {
    return em.createQuery(
            "select s from NetworkSession s, SessionPlace p where p.sessionId = s.id"
                + " and p.personId = :p and p.state = :booked and s.cancelled = false"
                + " and s.startsAt > :now order by s.startsAt, s.id",
            NetworkSession.class)
        .setParameter("p", personId)
        .setParameter("booked", PlaceState.BOOKED)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public SessionPlace addPlace(SessionPlace place) {
    em.persist(place);
    return place;
  }

  @Override
  public void removePlace(SessionPlace place) {
    em.remove(place);
  }

  @Override
  public Optional<SessionPlace> place(long sessionId, long personId) {
    return Optional.ofNullable(
        em.find(SessionPlace.class, new SessionPlace.Key(sessionId, personId)));
  }

  @Override
  public List<SessionPlace> places(long sessionId) {
    return em.createQuery(
            "select p from SessionPlace p where p.sessionId = :s order by p.state, p.signedAt",
            SessionPlace.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  @Override
  public List<SessionPlace> placesOf(long personId, Collection<Long> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from SessionPlace p where p.personId = :p and p.sessionId in :s",
            SessionPlace.class)
        .setParameter("p", personId)
        .setParameter("s", sessionIds)
        .getResultList();
  }

  @Override
  public Map<Long, Long> waitingCounts(Collection<Long> sessionIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (sessionIds.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select p.sessionId, count(p) from SessionPlace p where p.sessionId in :s"
                    + " and p.state = :waiting group by p.sessionId",
                Object[].class)
            .setParameter("s", sessionIds)
            .setParameter("waiting", PlaceState.WAITING)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public Optional<SessionPlace> firstWaiting(long sessionId) {
    return em.createQuery(
            "select p from SessionPlace p where p.sessionId = :s and p.state = :waiting"
                + " order by p.signedAt, p.personId",
            SessionPlace.class)
        .setParameter("s", sessionId)
        .setParameter("waiting", PlaceState.WAITING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> removeFuturePlacesOf(long personId, Instant now) {
    List<SessionPlace> places =
        em.createQuery(
                "select p from SessionPlace p, NetworkSession s where p.sessionId = s.id"
                    + " and p.personId = :p and s.startsAt > :now",
                SessionPlace.class)
            .setParameter("p", personId)
            .setParameter("now", now)
            .getResultList();
    List<Long> booked =
        places.stream()
            .filter(p -> p.getState() == PlaceState.BOOKED)
            .map(SessionPlace::getSessionId)
            .toList();
    places.forEach(em::remove);
    return booked;
  }

  @Override
  public void flush() {
    em.flush();
  }
}
