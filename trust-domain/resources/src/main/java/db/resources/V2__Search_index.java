package db.resources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustintranet.kernel.application.Databases;

/**
 * The resource search's full-text index over {@code resource_text.search_text}, made the way each
 * database makes one (as news' V7): an InnoDB {@code FULLTEXT} index on MySQL/MariaDB, H2's
 * built-in full text ({@code FT_CREATE_INDEX}, kept up to date by its trigger) on the embedded
 * database.
 */
public class V2__Search_index extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      if (Databases.isH2(connection)) {
        statement.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
        statement.execute("CALL FT_INIT()");
        try (PreparedStatement index =
            connection.prepareStatement("CALL FT_CREATE_INDEX(?, ?, ?)")) {
          String[] column = textColumn(connection);
          index.setString(1, column[0]);
          index.setString(2, column[1]);
          index.setString(3, column[2]);
          index.execute();
        }
      } else {
        statement.execute(
            "CREATE FULLTEXT INDEX ft_resource_search ON resource_text (search_text)");
      }
    }
  }

  /** Schema, table and column of resource_text.search_text as H2 stores them. */
  private static String[] textColumn(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_NAME) = 'RESOURCE_TEXT' AND UPPER(COLUMN_NAME) = 'SEARCH_TEXT'"
                + " AND TABLE_SCHEMA = SCHEMA()")) {
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("resource_text.search_text not found");
        }
        return new String[] {row.getString(1), row.getString(2), row.getString(3)};
      }
    }
  }
}
