package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.trustintranet.networks.domain.NetworkResource;
import org.trustintranet.networks.domain.NetworkResourceRepository;

/** A network's linked resources in JPA. */
@ApplicationScoped
public class JpaNetworkResourceRepository implements NetworkResourceRepository {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  @Override
  public List<NetworkResource> of(long networkId) {
    return em.createQuery(
            "select l from NetworkResource l where l.networkId = :n"
                + " order by l.addedAt, l.resourceId",
            NetworkResource.class)
        .setParameter("n", networkId)
        .getResultList();
  }

  @Override
  public Optional<NetworkResource> find(long networkId, long resourceId) {
    return Optional.ofNullable(
        em.find(NetworkResource.class, new NetworkResource.Key(networkId, resourceId)));
  }

  @Override
  public long count(long networkId) {
    return em.createQuery(
            "select count(l) from NetworkResource l where l.networkId = :n", Long.class)
        .setParameter("n", networkId)
        .getSingleResult();
  }

  @Override
  public void add(NetworkResource link) {
    em.persist(link);
    em.flush();
  }

  @Override
  public void remove(NetworkResource link) {
    em.remove(link);
  }
}
