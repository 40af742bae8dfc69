package org.trustintranet.news.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which of the two databases the intranet runs on, where their SQL differs (the news search's
 * full-text index, see migration V7): the embedded H2, or MySQL/MariaDB.
 */
public final class Databases {
  private Databases() {}

  /** True on H2; MySQL and MariaDB otherwise (the only databases the intranet runs on). */
  public static boolean isH2(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toUpperCase(Locale.ROOT)
        .contains("H2");
  }
}
