package org.trustintranet.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** H2's full-text index as the migrations make it, on a real embedded H2 in MySQL mode. */
class FullTextIndexTest {
  private Connection connection;

  @BeforeEach
  void database() throws Exception {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:index" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE resource_text (resource_id BIGINT PRIMARY KEY, search_text TEXT)");
      s.execute("INSERT INTO resource_text VALUES (1, 'Fractions worksheet'), (2, 'Poetry')");
    }
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void theRowsThereAreIndexedAndTheTriggerKeepsTheIndexUpToDate() throws Exception {
    FullTextIndex.create(connection, "resource_text", "search_text", "ft_resource_search");
    assertEquals(List.of(1L), FullTextSqlTest.found(connection, "resource_text", "fractions"));
    try (Statement s = connection.createStatement()) {
      s.execute("INSERT INTO resource_text VALUES (3, 'More fractions')");
      s.execute("UPDATE resource_text SET search_text = 'Poems' WHERE resource_id = 1");
    }
    assertEquals(List.of(3L), FullTextSqlTest.found(connection, "resource_text", "fractions"));
    assertEquals(List.of(1L), FullTextSqlTest.found(connection, "resource_text", "poems"));
  }

  @Test
  void theNamesMayBeInAnyCaseAndASecondIndexSharesTheWords() throws Exception {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE post (id BIGINT PRIMARY KEY, search_text TEXT)");
      s.execute("INSERT INTO post VALUES (9, 'Fractions evening')");
    }
    FullTextIndex.create(connection, "RESOURCE_TEXT", "Search_Text", "ft_resource_search");
    FullTextIndex.create(connection, "post", "search_text", "ft_post_search");
    assertEquals(List.of(1L), FullTextSqlTest.found(connection, "resource_text", "fractions"));
  }

  @Test
  void aColumnThatIsNotThereIsRefused() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> FullTextIndex.create(connection, "resource_text", "title", "ft_title"));
    assertTrue(e.getMessage().contains("resource_text.title"), e.getMessage());
  }

  @Test
  void onlyPlainNamesAreTaken() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FullTextIndex.create(connection, "resource_text", "search_text", "ft; DROP x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> FullTextIndex.create(connection, "resource_text (x)", "search_text", "ft"));
  }
}
