package db.news;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustintranet.kernel.application.Databases;
import org.trustintranet.news.domain.SearchText;

/**
 * The news search (issue 10): each post's plain text ({@code post.search_text}: title, summary,
 * tags and the body's words, computed by {@link SearchText} exactly as the application computes it
 * from then on) and the database's own full-text index over it. One script cannot serve both
 * databases, so this migration is Java and asks which database it runs on:
 *
 * <ul>
 *   <li>MySQL/MariaDB: an InnoDB {@code FULLTEXT} index, searched with {@code MATCH … AGAINST (… IN
 *       NATURAL LANGUAGE MODE)} and ranked by its score;
 *   <li>H2 (the embedded database): H2's built-in full text ({@code org.h2.fulltext.FullText}:
 *       {@code FT_INIT}, {@code FT_CREATE_INDEX}), a word index in schema {@code FT} kept up to
 *       date by a trigger on {@code post}, searched with {@code FT_SEARCH_DATA}.
 * </ul>
 *
 * The column is filled before the index is made, so each post is indexed once.
 */
public class V7__Search_text extends BaseJavaMigration {
  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean h2 = Databases.isH2(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE post ADD COLUMN search_text MEDIUMTEXT");
    }
    fill(connection);
    try (Statement statement = connection.createStatement()) {
      if (h2) {
        statement.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
        statement.execute("CALL FT_INIT()");
        try (PreparedStatement index =
            connection.prepareStatement("CALL FT_CREATE_INDEX(?, ?, ?)")) {
          String[] table = postTable(connection);
          index.setString(1, table[0]);
          index.setString(2, table[1]);
          index.setString(3, table[2]);
          index.execute();
        }
      } else {
        statement.execute("CREATE FULLTEXT INDEX ft_post_search ON post (search_text)");
      }
    }
  }

  /** Schema, table and column names of post.search_text as H2 stores them (case matters there). */
  private static String[] postTable(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_NAME) = 'POST' AND UPPER(COLUMN_NAME) = 'SEARCH_TEXT'"
                + " AND TABLE_SCHEMA = SCHEMA()")) {
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("post.search_text not found");
        }
        return new String[] {row.getString(1), row.getString(2), row.getString(3)};
      }
    }
  }

  /** Every post's search text, from its title, summary, body and tags. */
  private static void fill(Connection connection) throws SQLException {
    Map<Long, List<String>> tags = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT post_id, tag FROM post_tag ORDER BY tag")) {
      while (row.next()) {
        tags.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT id, title, summary, body FROM post");
        PreparedStatement update =
            connection.prepareStatement("UPDATE post SET search_text = ? WHERE id = ?")) {
      int pending = 0;
      while (row.next()) {
        long id = row.getLong(1);
        update.setString(
            1,
            SearchText.of(
                row.getString(2),
                row.getString(3),
                row.getString(4),
                tags.getOrDefault(id, List.of())));
        update.setLong(2, id);
        update.addBatch();
        if (++pending == BATCH) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
