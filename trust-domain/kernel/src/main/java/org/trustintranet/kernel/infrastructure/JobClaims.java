package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The claims of {@link DatabaseClusterJobs}, each in a transaction of its own, committed before the
 * work starts so that every other instance sees it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobClaims {
  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  /** Inserts the claim; a second insert of the same key fails on the primary key. */
  public void claim(String job, Instant slot, String instance, Instant now) {
    em.persist(new JobRun(job, slot, instance, now));
    em.flush();
  }

  public boolean claimed(String job, Instant slot) {
    return em.find(JobRun.class, JobRun.key(job, slot)) != null;
  }

  public void finish(String job, Instant slot, Instant now) {
    JobRun run = em.find(JobRun.class, JobRun.key(job, slot));
    if (run != null) {
      run.finish(now);
    }
  }

  public Optional<Instant> lastClaimed(String job) {
    return em.createNamedQuery(JobRun.LAST_CLAIMED, Instant.class)
        .setParameter("job", job)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
