package org.trustintranet.kernel.application;

/**
 * Fired once at start-up, after every context's schema is up to date, naming the database product
 * (as JDBC names it, e.g. "H2", "MariaDB", "MySQL") so that start-up tasks can tell an embedded
 * database.
 */
public record SchemaMigrated(int contexts, String databaseProduct) {
  public boolean embeddedDatabase() {
    return "H2".equalsIgnoreCase(databaseProduct);
  }
}
