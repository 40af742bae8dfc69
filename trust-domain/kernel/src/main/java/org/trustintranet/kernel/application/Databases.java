package org.trustintranet.kernel.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which of the two databases the intranet runs on, where their SQL differs (news and the resource
 * library full-text indexes): the embedded H2, or MySQL/MariaDB.
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
