package org.trustintranet.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Startup;

/**
 * Brings the schema up to date when the web module starts, before the first request is served.
 * (CDI's application-initialised event comes too early on Payara: the data source is not bound
 * yet.) A database that is not there yet is waited for: the migrations are tried again after 1, 2,
 * 4 ... seconds, at most {@code trust.startup.max-retry-seconds} apart, one log line per attempt,
 * until the database answers; the intranet then comes up by itself.
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Inject Startup startup;

  @Inject
  @ConfigProperty(name = "trust.startup.max-retry-seconds", defaultValue = "30")
  int maxRetrySeconds;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Duration wait = Duration.ofSeconds(1);
    Duration longest = Duration.ofSeconds(Math.max(1, maxRetrySeconds));
    for (int attempt = 1; ; attempt++) {
      try {
        startup.start();
        if (attempt > 1) {
          LOG.info("The database answers: schema up to date after " + attempt + " attempts");
        }
        return;
      } catch (RuntimeException e) {
        LOG.warning(
            "The database does not answer yet (attempt "
                + attempt
                + ": "
                + rootMessage(e)
                + "); trying again in "
                + wait.toSeconds()
                + " s");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the database", e);
      }
      wait = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
