package org.trustintranet.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A data source for a JDBC URL, of the classes the application uses: H2's for the embedded
 * database, MySQL Connector/J's for MySQL and MariaDB (with batched inserts rewritten into
 * multi-row statements, which makes bulk loading several times faster).
 */
final class JdbcDataSources {
  private JdbcDataSources() {}

  static DataSource forUrl(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      MysqlDataSource mysql = new MysqlDataSource();
      mysql.setURL(withBatchRewriting(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")));
      mysql.setUser(user);
      mysql.setPassword(password);
      return mysql;
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (expected jdbc:h2:, jdbc:mysql: or jdbc:mariadb:): " + url);
  }

  static String withBatchRewriting(String url) {
    if (url.contains("rewriteBatchedStatements=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
  }
}
