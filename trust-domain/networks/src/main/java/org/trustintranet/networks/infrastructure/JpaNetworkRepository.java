package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.networks.domain.MemberState;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkRepository;

/** Networks and their members in JPA. */
@ApplicationScoped
public class JpaNetworkRepository implements NetworkRepository {
  /** People per statement when reading many people's rows. */
  private static final int IN_LIST_CHUNK = 500;

  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public Network add(Network network) {
    em.persist(network);
    return network;
  }

  @Override
  public Optional<Network> find(long id) {
    return Optional.ofNullable(em.find(Network.class, id));
  }

  @Override
  public Optional<Network> lock(long id) {
    return Optional.ofNullable(em.find(Network.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Network> named(String name) {
    return em.createQuery(
            "select n from Network n where lower(n.name) = lower(:name)", Network.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Network> all() {
    return em.createQuery("select n from Network n order by n.name", Network.class).getResultList();
  }

  @Override
  public List<Network> withIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select n from Network n where n.id in :ids order by n.name", Network.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public NetworkMember addMember(NetworkMember member) {
    em.persist(member);
    return member;
  }

  @Override
  public void removeMember(NetworkMember member) {
    em.remove(member);
  }

  @Override
  public Optional<NetworkMember> member(long networkId, long personId) {
    return em.createQuery(
            "select m from NetworkMember m where m.networkId = :n and m.personId = :p",
            NetworkMember.class)
        .setParameter("n", networkId)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<NetworkMember> members(long networkId) {
    return em.createQuery(
            "select m from NetworkMember m where m.networkId = :n order by m.since",
            NetworkMember.class)
        .setParameter("n", networkId)
        .getResultList();
  }

  @Override
  public List<NetworkMember> rowsOf(long personId) {
    return em.createQuery(
            "select m from NetworkMember m where m.personId = :p", NetworkMember.class)
        .setParameter("p", personId)
        .getResultList();
  }

  @Override
  public List<NetworkMember> rowsOf(Collection<Long> personIds) {
    List<Long> all = List.copyOf(new LinkedHashSet<>(personIds));
    List<NetworkMember> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      rows.addAll(
          em.createQuery(
                  "select m from NetworkMember m where m.personId in :ids", NetworkMember.class)
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
              .getResultList());
    }
    return rows;
  }

  @Override
  public Set<Long> currentMemberIds(Collection<Long> networkIds, LocalDate today) {
    if (networkIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct m.personId from NetworkMember m where m.networkId in :networks"
                    + " and m.state = :active and (m.lapsesOn is null or m.lapsesOn >= :today)",
                Long.class)
            .setParameter("networks", List.copyOf(networkIds))
            .setParameter("active", MemberState.ACTIVE)
            .setParameter("today", today)
            .getResultList());
  }

  @Override
  public Map<Long, Long> currentCounts(LocalDate today) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select m.networkId, count(m) from NetworkMember m where m.state = :active"
                    + " and (m.lapsesOn is null or m.lapsesOn >= :today) group by m.networkId",
                Object[].class)
            .setParameter("active", MemberState.ACTIVE)
            .setParameter("today", today)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public int removeAllOf(long personId) {
    return em.createQuery("delete from NetworkMember m where m.personId = :p")
        .setParameter("p", personId)
        .executeUpdate();
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
