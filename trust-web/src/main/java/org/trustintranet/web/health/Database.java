package org.trustintranet.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the database answers now, asked through the application's own pool with a short time
 * limit, and whether a failure was the database going away (rather than a fault of ours).
 */
@ApplicationScoped
public class Database {
  @Resource(lookup = "java:app/jdbc/trust")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "trust.health.db-timeout-seconds", defaultValue = "2")
  int timeoutSeconds;

  /** True when a connection can be had and is valid within the time limit. */
  public boolean answers() {
    Future<Boolean> probe = executor.submit(this::probe);
    try {
      return probe.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      probe.cancel(true);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean probe() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * True when {@code failure} came from the database being away: a lost or refused connection
   * anywhere in its causes, or, for any other failure, a database that does not answer now.
   */
  public boolean explains(Throwable failure) {
    return isConnectionLoss(failure) || !answers();
  }

  /** A lost, refused or unobtainable connection anywhere among the causes of {@code failure}. */
  static boolean isConnectionLoss(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true; // SQL state class 08: connection exception
      }
      String name = t.getClass().getName();
      if (name.endsWith("CommunicationsException")
          || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")
          || name.equals("jakarta.resource.spi.ResourceAllocationException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
