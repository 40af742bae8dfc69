package org.trustintranet.news.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.ClusterJobs;
import org.trustintranet.news.application.ScheduledPublishing;

/**
 * Every minute, on every instance, asks the kernel's ClusterJobs to run the publishing job for that
 * minute: the one instance that claims the minute publishes what is due and ends what has expired
 * (ScheduledPublishing). Non-persistent: a timer that did not fire while the intranet was down is
 * not replayed, the next minute does everything then due. Runs outside a transaction, so that the
 * claim is committed before the work, which has its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsPublishingTimer {
  /** The timer's info, so that it can be told from others. */
  public static final String INFO = "news publishing, every minute";

  private static final Logger LOG = Logger.getLogger(NewsPublishingTimer.class.getName());

  @Inject ClusterJobs jobs;
  @Inject ScheduledPublishing publishing;
  @Inject Clock clock;
  @Resource TimerService timerService;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = INFO)
  void everyMinute() {
    Instant slot = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    try {
      jobs.runOnce(ScheduledPublishing.JOB, slot, publishing::runDue);
    } catch (RuntimeException e) {
      // Not retried: the next minute's run does everything then due.
      LOG.log(Level.WARNING, "The news publishing job failed for " + slot, e);
    }
  }

  /** This bean's timers (the one above), for health pages and tests. */
  public Collection<Timer> timers() {
    return timerService.getTimers();
  }
}
