package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.trustintranet.kernel.application.ContextSchema;
import org.trustintranet.kernel.application.SchemaMigrated;
import org.trustintranet.kernel.application.Startup;

/**
 * Brings every context's schema up to date when the application starts, before anything else
 * touches the database. Each context has its own folder of versioned scripts and its own history
 * table, so a context can be added, split or removed without renumbering anyone else's migrations.
 * Flyway takes a database lock while it migrates, so several instances starting at once migrate
 * exactly once.
 */
@ApplicationScoped
public class MigrationRunner implements Startup {
  /** The application's one data source, defined by the web module. */
  public static final String DATA_SOURCE = "java:app/jdbc/trust";

  private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());
  private final AtomicBoolean done = new AtomicBoolean();

  @Inject Instance<ContextSchema> schemas;
  @Inject Event<SchemaMigrated> migrated;

  /**
   * Migrates every context, once per application start, then fires {@link SchemaMigrated}. Called
   * by the web module when it starts (after the container has bound the data source); when the
   * database does not answer it throws, and may be called again.
   */
  @Override
  @ActivateRequestContext
  public void start() {
    if (done.compareAndSet(false, true)) {
      List<ContextSchema> ordered =
          schemas.stream().sorted(Comparator.comparingInt(ContextSchema::order)).toList();
      DataSource dataSource = lookupDataSource();
      String product;
      try {
        ordered.forEach(schema -> migrate(schema, dataSource));
        product = databaseProduct(dataSource);
      } catch (RuntimeException e) {
        done.set(false); // the database was away: the next call tries again
        throw e;
      }
      migrated.fire(new SchemaMigrated(ordered.size(), product));
    }
  }

  private static String databaseProduct(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("The database does not answer", e);
    }
  }

  private static DataSource lookupDataSource() {
    try {
      return (DataSource) new InitialContext().lookup(DATA_SOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException("The data source " + DATA_SOURCE + " is not available", e);
    }
  }

  private void migrate(ContextSchema schema, DataSource dataSource) {
    MigrateResult result = ContextMigrations.migrate(dataSource, schema);
    LOG.info(
        () ->
            "Schema of context "
                + schema.context()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + ContextMigrations.versionAfter(result));
  }
}
