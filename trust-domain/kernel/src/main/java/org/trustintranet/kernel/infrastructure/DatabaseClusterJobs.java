package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.ClusterJobs;

/**
 * Once per cluster through a row per claimed slot in the shared database (table job_run): the
 * primary key lets exactly one instance insert it. No lock is held while the work runs.
 */
@ApplicationScoped
public class DatabaseClusterJobs implements ClusterJobs {
  private static final Logger LOG = Logger.getLogger(DatabaseClusterJobs.class.getName());

  /** This process, as "pid@host" (the JVM's own name for itself), written with each claim. */
  private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject JobClaims claims;
  @Inject Clock clock;

  @Override
  public boolean runOnce(String job, Instant slot, Runnable work) {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(work, "work");
    if (job == null || job.isBlank() || job.length() > MAX_JOB || job.contains("@")) {
      throw new IllegalArgumentException("A job name is 1 to " + MAX_JOB + " chars without @");
    }
    try {
      claims.claim(job, slot, INSTANCE, clock.instant());
    } catch (RuntimeException e) {
      if (claims.claimed(job, slot)) {
        LOG.fine(() -> job + " " + slot + " was claimed by another run");
        return false;
      }
      throw e; // not a lost race: the database refused for another reason
    }
    work.run();
    claims.finish(job, slot, clock.instant());
    return true;
  }

  @Override
  public Optional<Instant> lastClaimed(String job) {
    return claims.lastClaimed(job);
  }
}
