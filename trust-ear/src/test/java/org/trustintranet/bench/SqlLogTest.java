package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlLogTest {
  private static final String ESC = "\u001b";

  private static String record(String level, String logger, String message) {
    return "[2026-11-22T17:06:54.705+0000] [] ["
        + level
        + ESC
        + "[0m] [] ["
        + ESC
        + "[1;94m"
        + logger
        + ESC
        + "[0m] [tid: _ThreadID=94 _ThreadName=http-thread-pool::http-listener(1)]"
        + " [timeMillis: 1795367214705] [levelValue: 500] "
        + message;
  }

  @Test
  void countsEclipseLinkSqlRecordsOfEveryContextAndNothingElse() {
    String unit =
        "org.eclipse.persistence.session./file:/tmp/run/payara/applications/ROOT/WEB-INF/lib/";
    String log =
        String.join(
            "\n",
            record(
                "FINE",
                unit + "membership-0.1.0.jar_membership.sql",
                "SELECT COUNT(ID) FROM school"),
            "\tbind => [42]",
            "",
            record("FINE", unit + "kernel-0.1.0.jar_kernel.sql", "INSERT INTO audit_entry (...)"),
            record(
                "FINE", unit + "membership-0.1.0.jar_membership.connection", "Connection acquired"),
            record(
                "INFO", "org.trustintranet.kernel.infrastructure.MigrationRunner", "SELECT stays"),
            record("FINE", unit + "news-0.1.0.jar_news.sql", "UPDATE post SET title = ?"));
    assertEquals(3, SqlLog.statements(log));
  }

  @Test
  void anEmptyStretchHasNone() {
    assertEquals(0, SqlLog.statements(""));
  }
}
