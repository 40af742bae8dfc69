package org.trustintranet.bench;

import java.util.regex.Pattern;

/**
 * Counts the SQL statements in a stretch of the server log written with {@code
 * -Declipselink.logging.level.sql=FINE}: EclipseLink logs each statement it sends as one record of
 * a persistence unit's ".sql" logger (e.g. {@code org.eclipse.persistence.session./file:...
 * membership.sql}), whatever the context.
 */
final class SqlLog {
  private static final Pattern STATEMENT =
      Pattern.compile("org\\.eclipse\\.persistence\\.session\\.\\S*?\\.sql\\b");

  private SqlLog() {}

  static int statements(String log) {
    int count = 0;
    for (String line : log.split("\n")) {
      if (STATEMENT.matcher(line).find()) {
        count++;
      }
    }
    return count;
  }
}
