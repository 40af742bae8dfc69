package org.trustintranet.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SearchQuery;

/** The H2 side of the full-text search, against a real embedded H2 with its full-text index. */
class FullTextSqlTest {
  private Connection connection;

  @BeforeEach
  void database() throws Exception {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:fulltext" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE post (id BIGINT PRIMARY KEY, search_text MEDIUMTEXT)");
      s.execute("CREATE TABLE note (id BIGINT PRIMARY KEY, search_text MEDIUMTEXT)");
      FullTextIndex.create(connection, "post", "search_text", "ft_post");
      FullTextIndex.create(connection, "note", "search_text", "ft_note");
      s.execute(
          "INSERT INTO post VALUES (1, 'Sports day: bring a hat'), (2, 'Sports hall closed'),"
              + " (3, 'A hat for the day')");
      s.execute("INSERT INTO note VALUES (7, 'Sports day hat')");
    }
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void theWordsAreUpperCaseEachOnce() {
    assertEquals(
        List.of("SPORTS", "DAY"), FullTextSql.h2Words(SearchQuery.parse("sports Day SPORTS")));
  }

  @Test
  void aRowIsFoundOnlyWhenItHoldsEveryWord() throws Exception {
    assertEquals(List.of(1L, 2L), found(connection, "post", "sports"));
    assertEquals(List.of(1L), found(connection, "post", "sports day"));
    assertEquals(List.of(1L, 3L), found(connection, "post", "HAT day"));
    assertEquals(
        List.of(1L), found(connection, "post", "day sports hat day"), "a word twice counts once");
    assertEquals(List.of(), found(connection, "post", "sports swimming"));
  }

  @Test
  void onlyTheNamedTablesRowsAreFound() throws Exception {
    assertEquals(List.of(7L), found(connection, "note", "sports day hat"));
    assertEquals(List.of(7L), found(connection, "NOTE", "sports day hat"), "the name in any case");
  }

  @Test
  void theTableMustBeAPlainNameAndTheWordsAtLeastOne() {
    assertThrows(
        IllegalArgumentException.class, () -> FullTextSql.h2RowsWithAllWords("post' OR '1", 1));
    assertThrows(IllegalArgumentException.class, () -> FullTextSql.h2RowsWithAllWords("post", 0));
  }

  @Test
  void theDatabaseIsAskedWhichItIsOnlyOnce() {
    AtomicInteger asked = new AtomicInteger();
    EntityManager em =
        (EntityManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                  assertEquals("unwrap", method.getName());
                  asked.incrementAndGet();
                  return connection;
                });
    FullTextSql fullText = new FullTextSql();
    assertTrue(fullText.onH2(em));
    assertTrue(fullText.onH2(em));
    assertEquals(1, asked.get());
  }

  /** The ids of {@code table}'s rows holding all {@code words}, as a repository asks for them. */
  static List<Long> found(Connection connection, String table, String words) throws Exception {
    List<String> upper = FullTextSql.h2Words(SearchQuery.parse(words));
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            FullTextSql.h2RowsWithAllWords(table, upper.size()) + " ORDER BY 1")) {
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
