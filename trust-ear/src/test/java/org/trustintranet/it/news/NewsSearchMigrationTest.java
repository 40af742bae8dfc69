package org.trustintranet.it.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.kernel.application.ContextSchema;
import org.trustintranet.kernel.application.FullTextSql;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.kernel.infrastructure.ContextMigrations;
import org.trustintranet.kernel.infrastructure.KernelSchema;
import org.trustintranet.membership.infrastructure.MembershipSchema;
import org.trustintranet.news.infrastructure.NewsSchema;

/**
 * A trust that ran a version without the news search finds its existing posts after the upgrade:
 * migration V7 fills each post's search text (title, summary, tags and the body's words, without
 * its markup) and H2's full-text index covers them, and posts written afterwards too.
 */
class NewsSearchMigrationTest {
  @TempDir Path dir;

  @Test
  void postsOfAnEarlierVersionAreFoundThroughTheFullTextIndex() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:file:" + dir.resolve("trust") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    ContextMigrations.migrate(db, KernelSchema.SCHEMA);
    ContextMigrations.migrate(db, MembershipSchema.SCHEMA);
    ContextSchema news = NewsSchema.SCHEMA;
    Flyway.configure(news.anchor().getClassLoader())
        .dataSource(db)
        .locations(news.location())
        .table(news.historyTable())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("6")
        .load()
        .migrate();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO post (id, title, summary, body, author_id, state, created_at, updated_at,"
              + " updated_by) VALUES (1, 'Sports day', 'Bring a hat', '<p>On the <b>fie</b>ld"
              + " &amp; <a href=\"https://example.org/zqaddress\">track</a></p>', 1, 'PUBLISHED',"
              + " NOW(), NOW(), 1)");
      s.executeUpdate("INSERT INTO post_tag (post_id, tag) VALUES (1, 'year 6'), (1, 'athletics')");
    }

    ContextMigrations.migrate(db, news);

    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT search_text FROM post WHERE id = 1")) {
        r.next();
        assertEquals(
            "Sports day\nBring a hat\nathletics, year 6\nOn the field & track", r.getString(1));
      }
      assertEquals(List.of(1L), found(c, "athletics field"));
      assertEquals(List.of(), found(c, "zqaddress"), "a link's address is not text");
      assertEquals(List.of(1L), found(c, "ATHLETICS Field athletics"), "any case, a word once");
      assertEquals(List.of(), found(c, "athletics swimming"), "every word, not any");
      s.executeUpdate(
          "INSERT INTO post (id, title, body, author_id, state, created_at, updated_at,"
              + " updated_by, search_text) VALUES (2, 'Later', '<p>x</p>', 1, 'PUBLISHED',"
              + " NOW(), NOW(), 1, 'Later athletics field day')");
      assertEquals(List.of(1L, 2L), found(c, "athletics field"), "the trigger indexes new posts");
      s.executeUpdate("UPDATE post SET search_text = 'Sports day moved' WHERE id = 1");
      assertEquals(List.of(2L), found(c, "athletics"), "and changed ones");
      assertTrue(found(c, "moved").contains(1L));
    }
  }

  /** The posts holding every word, as the news search asks H2's full-text index for them. */
  private static List<Long> found(Connection c, String words) throws Exception {
    List<String> upper = FullTextSql.h2Words(SearchQuery.parse(words));
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(FullTextSql.h2RowsWithAllWords("post", upper.size()) + " ORDER BY 1")) {
      int i = 1;
      for (String word : upper) {
        s.setString(i++, word);
      }
      s.setInt(i, upper.size());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }
}
