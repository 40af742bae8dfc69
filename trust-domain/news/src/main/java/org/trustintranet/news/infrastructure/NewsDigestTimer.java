package org.trustintranet.news.infrastructure;

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
import org.trustintranet.news.application.Digests;

/**
 * Sends the news digests in the morning, UK time: at five past seven, and again each hour until
 * eleven for whatever was not sent (a server that was down at seven, an SMTP server that refused).
 * With several instances each hour's run happens on one of them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsDigestTimer {
  private static final Logger LOG = Logger.getLogger(NewsDigestTimer.class.getName());

  @Inject ClusterJobs jobs;
  @Inject Digests digests;
  @Inject Clock clock;

  @Schedule(
      minute = "5",
      hour = "7-11",
      timezone = "Europe/London",
      persistent = false,
      info = "news digests, mornings")
  void mornings() {
    Instant slot = clock.instant().truncatedTo(ChronoUnit.HOURS);
    try {
      jobs.runOnce(Digests.JOB, slot, digests::sendDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The news digest job failed for " + slot, e);
    }
  }
}
