package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generator against an embedded H2 database in MySQL mode (as the application's default), each
 * test with its own fresh database under target/.
 */
class DataSetGeneratorTest {
  private static final Path DATABASES = Path.of("target", "bench-test-db").toAbsolutePath();
  private static final int FAST_ITERATIONS = 1024;

  private String testName;

  @BeforeEach
  void name(TestInfo info) throws IOException {
    testName = info.getTestMethod().orElseThrow().getName();
    Path folder = DATABASES.resolve(testName);
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private String url(String database) {
    return "jdbc:h2:file:"
        + DATABASES.resolve(testName).resolve(database)
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
  }

  private static DataSetGenerator.Options options(String url, double scale, long seed) {
    return new DataSetGenerator.Options(
        url,
        "trust",
        "trust",
        scale,
        seed,
        "Bench-password-1",
        FAST_ITERATIONS,
        DATABASES.resolve("files"));
  }

  private static DataSource dataSource(String url) {
    return JdbcDataSources.forUrl(url, "trust", "trust");
  }

  @Test
  void generatesTheCountsAskedFor() throws SQLException {
    String url = url("trust");
    DataSetGenerator.Report report =
        DataSetGenerator.generate(dataSource(url), options(url, 0.02, 42));

    assertEquals(1, report.schools());
    assertEquals(100, report.people());
    try (Connection db = dataSource(url).getConnection()) {
      assertEquals(1, count(db, "SELECT COUNT(*) FROM school"));
      assertEquals(100, count(db, "SELECT COUNT(*) FROM person"));
      assertEquals(100, count(db, "SELECT COUNT(*) FROM credential"));
      assertEquals(report.memberships(), count(db, "SELECT COUNT(*) FROM membership"));
      assertEquals(400, report.posts());
      assertEquals(400, count(db, "SELECT COUNT(*) FROM post"));
      assertEquals(20_000, report.reads());
      assertEquals(20_000, count(db, "SELECT COUNT(*) FROM post_read"));
      assertTrue(count(db, "SELECT COUNT(DISTINCT post_id) FROM post_audience") == 400);
      assertEquals(3, report.programmes(), "150 programmes at scale 1");
      assertEquals(3, count(db, "SELECT COUNT(*) FROM programme WHERE state = 'PUBLISHED'"));
      assertEquals(report.programmeSessions(), count(db, "SELECT COUNT(*) FROM programme_session"));
      assertEquals(
          1,
          count(
              db,
              "SELECT COUNT(*) FROM person p JOIN person_trust_role r ON r.person_id = p.id"
                  + " WHERE p.email = 'bench.admin@bench.trust' AND r.trust_role = 'TRUST_ADMIN'"));
      assertEquals(
          1,
          count(
              db,
              "SELECT COUNT(*) FROM person p JOIN membership m ON m.person_id = p.id"
                  + " WHERE p.email = 'bench.schooladmin.1@bench.trust' AND m.school_id = 1"
                  + " AND m.role = 'SCHOOL_ADMIN' AND m.current_marker = 1"));
      // Migrated as the application migrates: one history table per context.
      assertEquals(1, count(db, "SELECT COUNT(*) FROM schema_history_kernel WHERE version = '1'"));
      assertEquals(
          1, count(db, "SELECT COUNT(*) FROM schema_history_membership WHERE version = '1'"));
    }
  }

  /**
   * Rooms spread over the schools, with a school year of bookings from the week the generator runs:
   * never two in one room at once, each organised by someone who exists.
   */
  @Test
  void roomsGetASchoolYearOfBookingsThatNeverOverlap() throws SQLException {
    String url = url("trust");
    DataSetGenerator.Report report =
        DataSetGenerator.generate(dataSource(url), options(url, 0.02, 42));

    assertEquals(4, report.rooms());
    assertTrue(
        report.bookings() > 2_700 && report.bookings() < 3_300,
        "about 3,000: " + report.bookings());
    try (Connection db = dataSource(url).getConnection()) {
      assertEquals(4, count(db, "SELECT COUNT(*) FROM room"));
      assertEquals(report.bookings(), count(db, "SELECT COUNT(*) FROM booking"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM booking a JOIN booking b ON a.room_id = b.room_id"
                  + " AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM booking b LEFT JOIN person p ON p.id = b.organiser_id"
                  + " WHERE p.id IS NULL"));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM schema_history_rooms WHERE version = '1'"));
    }
  }

  /**
   * The posts go in with their search text, and H2's full-text index (made by the news migration
   * V7, kept by its trigger) covers them: the benchmark's "news search" finds them.
   */
  @Test
  void postsAreFoundThroughTheFullTextIndex() throws SQLException {
    String url = url("trust");
    DataSetGenerator.generate(dataSource(url), options(url, 0.02, 42));

    try (Connection db = dataSource(url).getConnection()) {
      assertEquals(0, count(db, "SELECT COUNT(*) FROM post WHERE search_text IS NULL"));
      long titled =
          count(db, "SELECT COUNT(*) FROM post WHERE title LIKE 'Safeguarding update (%'");
      assertTrue(titled > 0, "some posts are safeguarding updates");
      assertEquals(
          titled,
          count(
              db,
              "SELECT COUNT(*) FROM FT_SEARCH_DATA('safeguarding update', 0, 0) f"
                  + " JOIN post p ON p.id = CAST(f.\"KEYS\"[1] AS BIGINT)"
                  + " WHERE p.title LIKE 'Safeguarding update (%'"),
          "every post with both words in its title is found");
      assertTrue(
          count(db, "SELECT COUNT(*) FROM FT_SEARCH_DATA('refreshments hall', 0, 0)") > 0,
          "words of the bodies are indexed");
    }
  }

  @Test
  void everyRowRefersToRowsThatExist() throws SQLException {
    String url = url("trust");
    DataSetGenerator.generate(dataSource(url), options(url, 0.1, 7));

    try (Connection db = dataSource(url).getConnection()) {
      assertEquals(5, count(db, "SELECT COUNT(*) FROM school"));
      assertEquals(500, count(db, "SELECT COUNT(*) FROM person"));
      assertTrue(
          count(db, "SELECT COUNT(*) FROM membership") > 520, "some staff are in two schools");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM membership m LEFT JOIN person p ON p.id = m.person_id"
                  + " LEFT JOIN school s ON s.id = m.school_id WHERE p.id IS NULL OR s.id IS NULL"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM membership m"
                  + " WHERE m.person_id = p.id AND m.current_marker = 1 AND m.ended_at IS NULL)"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM person p WHERE NOT EXISTS"
                  + " (SELECT 1 FROM credential c WHERE c.person_id = p.id)"));
      assertEquals(
          count(db, "SELECT COUNT(*) FROM person"),
          count(db, "SELECT COUNT(DISTINCT email) FROM person"));
      assertEquals(
          count(db, "SELECT COUNT(*) FROM school"),
          count(db, "SELECT COUNT(DISTINCT urn) FROM school"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM person_trust_role r LEFT JOIN person p ON p.id = r.person_id"
                  + " WHERE p.id IS NULL"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM school s WHERE NOT EXISTS (SELECT 1 FROM membership m"
                  + " WHERE m.school_id = s.id AND m.role = 'SCHOOL_ADMIN')"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM post p LEFT JOIN person a ON a.id = p.author_id"
                  + " WHERE a.id IS NULL"),
          "every post has an author who exists");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM post_read r LEFT JOIN person p ON p.id = r.person_id"
                  + " LEFT JOIN post t ON t.id = r.post_id WHERE p.id IS NULL OR t.id IS NULL"),
          "every read mark is of a post and a person that exist");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM post_read r WHERE NOT EXISTS (SELECT 1 FROM post_audience a"
                  + " JOIN membership m ON m.person_id = r.person_id WHERE a.post_id = r.post_id"
                  + " AND (a.audience_key IN ('*', CONCAT('*:', m.role), CAST(m.school_id AS"
                  + " VARCHAR(20)), CONCAT(m.school_id, ':', m.role))))"),
          "every reader is one the post is aimed at");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM post_audience a WHERE a.audience_key NOT LIKE '*%'"
                  + " AND NOT EXISTS (SELECT 1 FROM school s WHERE CAST(s.id AS VARCHAR(20))"
                  + " = CASE WHEN LOCATE(':', a.audience_key) > 0 THEN SUBSTRING(a.audience_key,"
                  + " 1, LOCATE(':', a.audience_key) - 1) ELSE a.audience_key END)"),
          "every audience names schools that exist");
      assertTrue(
          signsIn(db, "bench.schooladmin.5@bench.trust", "Bench-password-1"),
          "the named accounts' password is verified by Jakarta Security");
    }
  }

  @Test
  void everyPersonIsFoundByTheDirectorysSearchTextAsTheMigrationComputesIt() throws SQLException {
    String url = url("trust");
    DataSetGenerator.generate(dataSource(url), options(url, 0.1, 7));
    try (Connection db = dataSource(url).getConnection()) {
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM person"
                  + " WHERE search_text <> LOWER(CONCAT(given_name, ' ', family_name, ' ', email))"));
      assertTrue(
          count(db, "SELECT COUNT(*) FROM person WHERE search_text LIKE '%bench.admin%'") > 0);
    }
  }

  @Test
  void theApplicationsOwnInsertsContinueAfterTheGeneratedIds() throws SQLException {
    String url = url("trust");
    DataSetGenerator.generate(dataSource(url), options(url, 0.02, 42));

    try (Connection db = dataSource(url).getConnection();
        Statement statement = db.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO school (urn, name, phase) VALUES ('999999', 'New School', 'PRIMARY')");
      statement.executeUpdate(
          "INSERT INTO person (email, given_name, family_name, status)"
              + " VALUES ('new@bench.trust', 'New', 'Person', 'ACTIVE')");
      statement.executeUpdate(
          "INSERT INTO membership (person_id, school_id, role, started_at, current_marker)"
              + " VALUES (1, 1, 'STAFF', CURRENT_TIMESTAMP, NULL)");
      assertEquals(2, count(db, "SELECT MAX(id) FROM school"));
      assertEquals(101, count(db, "SELECT MAX(id) FROM person"));
    }
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOther() throws SQLException {
    String first = url("first");
    String second = url("second");
    String third = url("third");
    DataSetGenerator.generate(dataSource(first), options(first, 0.02, 42));
    DataSetGenerator.generate(dataSource(second), options(second, 0.02, 42));
    DataSetGenerator.generate(dataSource(third), options(third, 0.02, 43));

    assertEquals(checksum(first), checksum(second));
    assertNotEquals(checksum(first), checksum(third));
  }

  @Test
  void refusesADatabaseThatAlreadyHasSchools() throws SQLException {
    String url = url("trust");
    DataSetGenerator.generate(dataSource(url), options(url, 0.02, 42));
    String before = checksum(url);

    assertThrows(
        DataSetGenerator.DatabaseNotEmptyException.class,
        () -> DataSetGenerator.generate(dataSource(url), options(url, 0.02, 43)));
    assertEquals(before, checksum(url));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DataSetGenerator.run(
            new String[] {
              "--url",
              url,
              "--user",
              "trust",
              "--password",
              "trust",
              "--scale",
              "0.02",
              "--iterations",
              "1024",
              "--files",
              DATABASES.resolve("files").toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("fills a fresh database only"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theCommandLineRunsAndRejectsUnknownOptions() {
    String url = url("trust");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int status =
        DataSetGenerator.run(
            new String[] {
              "--url=" + url,
              "--user=trust",
              "--password=trust",
              "--scale",
              "0.02",
              "--seed",
              "5",
              "--iterations",
              "1024",
              "--files",
              DATABASES.resolve("files").toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            quiet);

    assertEquals(0, status);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Generated 1 schools, 100 staff"));
    assertEquals(2, DataSetGenerator.run(new String[] {"--scael", "1"}, quiet, quiet));
  }

  private static boolean signsIn(Connection db, String email, String password) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT c.password_hash FROM credential c JOIN person p ON p.id = c.person_id"
                    + " WHERE p.email = '"
                    + email
                    + "'")) {
      if (!row.next()) {
        return false;
      }
      Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
      hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512"));
      return hash.verify(password.toCharArray(), row.getString(1));
    }
  }

  private static String checksum(String url) throws SQLException {
    try (Connection db = dataSource(url).getConnection()) {
      return DataSetChecksum.of(db);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
