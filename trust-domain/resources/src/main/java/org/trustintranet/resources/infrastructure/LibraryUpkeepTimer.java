package org.trustintranet.resources.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.ClusterJobs;
import org.trustintranet.resources.application.LibraryUpkeep;

/**
 * Every minute, on every instance, asks the kernel's ClusterJobs to run the library's upkeep for
 * that minute ({@link LibraryUpkeep}): one instance does it. Outside a transaction, so that the
 * claim is committed before the work, which has its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryUpkeepTimer {
  private static final Logger LOG = Logger.getLogger(LibraryUpkeepTimer.class.getName());

  @Inject ClusterJobs jobs;
  @Inject LibraryUpkeep upkeep;
  @Inject Clock clock;

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "library upkeep")
  void everyMinute() {
    Instant slot = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    try {
      jobs.runOnce(LibraryUpkeep.JOB, slot, upkeep::runDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The library upkeep failed for " + slot, e);
    }
  }
}
