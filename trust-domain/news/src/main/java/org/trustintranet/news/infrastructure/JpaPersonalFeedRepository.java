package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.kernel.domain.SecretToken;
import org.trustintranet.news.domain.PersonalFeed;
import org.trustintranet.news.domain.PersonalFeedRepository;

/** Personal feed addresses through JPA, found by person or by the hash of their token. */
@ApplicationScoped
public class JpaPersonalFeedRepository implements PersonalFeedRepository {
  @PersistenceContext(unitName = "news")
  EntityManager em;

  @Override
  public Optional<PersonalFeed> ofPerson(long personId) {
    return Optional.ofNullable(em.find(PersonalFeed.class, personId));
  }

  @Override
  public Optional<PersonalFeed> byToken(SecretToken token) {
    return em.createNamedQuery("PersonalFeed.byHash", PersonalFeed.class)
        .setParameter("hash", token.hash())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(PersonalFeed feed) {
    em.persist(feed);
  }

  @Override
  public boolean remove(long personId) {
    PersonalFeed feed = em.find(PersonalFeed.class, personId);
    if (feed == null) {
      return false;
    }
    em.remove(feed);
    return true;
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }
}
