package org.trustintranet.kernel.infrastructure;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform, keeping fractions of a second. EclipseLink decides from the
 * server's version whether times may carry fractions, and MariaDB introduces itself as {@code
 * 5.5.5-10.x} for old clients' sake: EclipseLink took it for MySQL 5.5 and cut every time to the
 * second (a post published and a digest sent in the same second could not be told apart). Every
 * database the intranet runs on keeps microseconds ({@code DATETIME(6)} in the migrations needs
 * MySQL 5.6.4, MariaDB 5.3 or H2), so fractions are always kept.
 */
public class TrustMySQLPlatform extends MySQLPlatform {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean isFractionalTimeSupported() {
    return true;
  }
}
