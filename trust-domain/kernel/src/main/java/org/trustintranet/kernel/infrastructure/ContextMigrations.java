package org.trustintranet.kernel.infrastructure;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.trustintranet.kernel.application.ContextSchema;

/**
 * The one way a context's schema is brought up to date: its own folder of versioned scripts, its
 * own history table, and a baseline for a database that already has tables. The application calls
 * it at start-up ({@link MigrationRunner}); tools that fill a fresh database (the benchmark's data
 * set generator) call it too, so that they build exactly the application's schema.
 */
public final class ContextMigrations {
  private ContextMigrations() {}

  /** Applies the context's pending migrations; Flyway holds a database lock while it does. */
  public static MigrateResult migrate(DataSource dataSource, ContextSchema schema) {
    return Flyway.configure(schema.anchor().getClassLoader())
        .dataSource(dataSource)
        .locations(schema.location())
        .table(schema.historyTable())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /** The version a migration left the schema at, for a log line. */
  public static String versionAfter(MigrateResult result) {
    return result.targetSchemaVersion == null
        ? result.initialSchemaVersion
        : result.targetSchemaVersion;
  }
}
