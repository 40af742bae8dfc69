package org.trustintranet.networks.infrastructure;

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
import org.trustintranet.networks.application.OpenClassroomReminders;

/**
 * Sends the day-before reminders of open classrooms in the afternoon, UK time: at ten past three,
 * and again each hour until seven for whatever was not sent (a server that was down). With several
 * instances each hour's run happens on one of them (the kernel's ClusterJobs), and each open
 * classroom is reminded once (OpenClassroomReminders marks it). Runs outside a transaction, so that
 * the claim is committed before the work, which has its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenClassroomReminderTimer {
  private static final Logger LOG = Logger.getLogger(OpenClassroomReminderTimer.class.getName());

  @Inject ClusterJobs jobs;
  @Inject OpenClassroomReminders reminders;
  @Inject Clock clock;

  @Schedule(
      minute = "10",
      hour = "15-19",
      timezone = "Europe/London",
      persistent = false,
      info = "open classroom reminders, afternoons")
  void afternoons() {
    Instant slot = clock.instant().truncatedTo(ChronoUnit.HOURS);
    try {
      jobs.runOnce(OpenClassroomReminders.JOB, slot, reminders::runDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The open classroom reminder job failed for " + slot, e);
    }
  }
}
