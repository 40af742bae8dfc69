package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.Mailer;

/**
 * The digest job: sends the digests due today, each mail on its own (one the SMTP server refuses
 * does not stop the others, and stays due for the next run), noting each as it goes.
 */
@ApplicationScoped
public class Digests {
  /** The job's name in the cluster's job claims. */
  public static final String JOB = "news.digest";

  /** Days begin and end in UK time: a daily digest is "this morning's", whatever the server. */
  public static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  private static final Logger LOG = Logger.getLogger(Digests.class.getName());

  @Inject DigestPlanner planner;
  @Inject Mailer mailer;
  @Inject Clock clock;

  /**
   * Sends what is due now.
   *
   * @return how many digests went out
   */
  public int sendDue() {
    return sendDue(clock.instant());
  }

  /**
   * Sends what is due at {@code now} (the job passes the time; tests pass tomorrow morning).
   *
   * @return how many digests went out
   */
  public int sendDue(Instant now) {
    if (!mailer.sends()) {
      LOG.info("News digests not sent: no SMTP server is set up (trust.mail.host)");
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(now, TRUST_ZONE);
    Instant startOfDay = today.atStartOfDay(TRUST_ZONE).toInstant();
    List<DigestPlanner.PlannedDigest> planned = planner.plan(today, startOfDay, now);
    int sent = 0;
    for (DigestPlanner.PlannedDigest digest : planned) {
      try {
        mailer.send(digest.mail());
        planner.markSent(digest.personId(), now);
        sent++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A news digest could not be sent; it stays due", e);
      }
    }
    if (!planned.isEmpty()) {
      LOG.info("News digests sent: " + sent + " of " + planned.size());
    }
    return sent;
  }
}
