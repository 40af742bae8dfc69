package org.trustintranet.it.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reads and ages the library's rows for the tests, inside the application: what a server killed in
 * the middle of an upload leaves, seen a day later.
 */
@ApplicationScoped
@Transactional
public class LibraryRows {
  @PersistenceContext(unitName = "resources")
  EntityManager em;

  public long count(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
  }

  public long stagedWith(String contentId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM resource_upload WHERE content_id = ?")
                .setParameter(1, contentId)
                .getSingleResult())
        .longValue();
  }

  /** Moves a staged upload's time back, as if it had been left there since {@code at}. */
  public void ageStaged(long id, Instant at) {
    em.createNativeQuery("UPDATE resource_upload SET created_at = ? WHERE id = ?")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Moves a withdrawal back in time. */
  public void ageWithdrawal(long resourceId, Instant at) {
    em.createNativeQuery("UPDATE resource SET withdrawn_at = ? WHERE id = ?")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, resourceId)
        .executeUpdate();
  }

  public boolean exists(long resourceId) {
    return em.createNativeQuery("SELECT id FROM resource WHERE id = ?")
            .setParameter(1, resourceId)
            .getResultList()
            .size()
        == 1;
  }
}
