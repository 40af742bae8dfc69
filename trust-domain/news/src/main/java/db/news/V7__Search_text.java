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
import org.trustintranet.kernel.application.FullTextIndex;
import org.trustintranet.news.domain.SearchText;

/**
 * The news search (issue 10): each post's plain text ({@code post.search_text}: title, summary,
 * tags and the body's words, computed by {@link SearchText} exactly as the application computes it
 * from then on) and the database's own full-text index over it, made by {@link FullTextIndex}: one
 * script cannot serve both databases, so this migration is Java. On MySQL/MariaDB the index ({@code
 * ft_post_search}) is searched in natural language mode and ranked by its score.
 *
 * <p>The column is filled before the index is made, so each post is indexed once.
 */
public class V7__Search_text extends BaseJavaMigration {
  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE post ADD COLUMN search_text MEDIUMTEXT");
    }
    fill(connection);
    FullTextIndex.create(connection, "post", "search_text", "ft_post_search");
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
