package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.trustintranet.bench.IntranetServer;

/**
 * A killed intranet leaves the database consistent: the runnable jar is started against
 * MariaDB/MySQL, a school admin imports a large staff CSV through the real pages, and while the
 * apply's transaction is writing (its uncommitted rows seen through a READ UNCOMMITTED connection)
 * the server's JVM gets SIGKILL. After a restart on the same root directory, the import's people,
 * their memberships and the audit entry are either all there or none of them, and the same file
 * imports completely. No Arquillian: the test starts, kills and restarts the server process itself
 * (loopback only, in its own failsafe execution: {@code trust.test.killedServer=KilledServerIT}).
 * Skipped on the embedded H2, which lives inside the killed process.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class KilledServerIT {
  private static final Pattern SUMMARY =
      Pattern.compile("([\\d,]+) new, ([\\d,]+) changed, ([\\d,]+) unchanged, ([\\d,]+) with");
  private static final Pattern FILE_INPUT =
      Pattern.compile(
          "<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"|<input[^>]*name=\"([^\"]+)\"[^>]*type=\"file\"");
  private static final String SCHOOL = "Oakfield Primary School";
  private static final String ADMIN = "school.admin" + TestData.DOMAIN;
  private static final Duration START_LIMIT = Duration.ofSeconds(240);

  /** New people in the import; the import takes at most 10,000 rows. */
  private static final int ROWS = Integer.getInteger("trust.test.killedRows", 5000);

  private static ServerProcess server;
  private static String dbUrl;
  private static String dbUser;
  private static String dbPassword;

  @BeforeAll
  static void onlyOnMariaDbInItsOwnExecution() {
    server = ServerProcess.forTest("KilledServerIT", "trust.test.killedServer");
    dbUrl = server.dbUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    dbUser = server.settings.get("TRUST_DB_USER");
    dbPassword = server.settings.get("TRUST_DB_PASSWORD");
  }

  @Test
  void killDuringAnImportApplyLeavesAllOrNothing() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String prefix = "killed" + run + ".";
    byte[] csv = staffCsv(prefix, ROWS);
    Path workDir = Path.of(System.getProperty("trust.test.killedDir", "target/killed-server"));
    Files.createDirectories(workDir);
    IntranetServer first = null;
    IntranetServer second = null;
    try {
      long started = System.nanoTime();
      first = start(workDir, "first");
      report("cold start to the sign-in page: " + millisSince(started) + " ms");

      long oakfield = schoolId();
      long auditBefore = maxAuditId();
      IntranetClient admin = signedInAdmin(first);
      HttpResponse<String> preview = preview(admin, oakfield, csv);
      assertEquals(List.of(ROWS, 0, 0, 0), summary(preview.body()), "the preview before the kill");

      // The apply, posted as the confirm button does, in the background: it never answers.
      long posted = System.nanoTime();
      CompletableFuture<HttpResponse<String>> apply =
          CompletableFuture.supplyAsync(
              () ->
                  admin.post(
                      "schools/import.xhtml?id=" + oakfield,
                      "confirm",
                      Map.of("confirm:apply", "")));
      int dirty;
      try (Connection uncommitted = connection(Connection.TRANSACTION_READ_UNCOMMITTED);
          Connection committed = connection(Connection.TRANSACTION_READ_COMMITTED)) {
        dirty = awaitUncommittedRows(uncommitted, prefix, apply);
        long atKill = millisSince(posted);
        int committedAtKill = countPeople(committed, prefix);
        int exit = first.kill();
        report(
            "SIGKILL "
                + atKill
                + " ms after the confirm post, with "
                + dirty
                + " of "
                + ROWS
                + " people written but not committed (committed then: "
                + committedAtKill
                + "); exit value "
                + exit);
        assertEquals(137, exit, "the JVM died of SIGKILL (128 + 9)");
        assertEquals(0, committedAtKill, "nothing committed before the kill");
        // MariaDB rolls the dead connection's transaction back; wait until it has.
        awaitSettled(uncommitted, prefix);
      }
      assertTrue(
          apply.handle((response, failure) -> failure != null).get(30, TimeUnit.SECONDS),
          "the killed server never answered the apply");

      long restarted = System.nanoTime();
      second = start(workDir, "restarted");
      report(
          "restart on the same root directory to the sign-in page: "
              + millisSince(restarted)
              + " ms");
      int people = checkAllOrNothing(prefix, oakfield, auditBefore);
      report("after the restart: " + people + " of " + ROWS + " people");

      // The intranet works on: the same file previews and imports completely.
      IntranetClient again = signedInAdmin(second);
      HttpResponse<String> repreview = preview(again, oakfield, csv);
      assertEquals(
          people == 0 ? List.of(ROWS, 0, 0, 0) : List.of(0, 0, ROWS, 0),
          summary(repreview.body()),
          "the preview after the restart");
      if (people == 0) {
        long applyStarted = System.nanoTime();
        HttpResponse<String> applied =
            again.post(
                "schools/import.xhtml?id=" + oakfield, "confirm", Map.of("confirm:apply", ""));
        report("a whole apply of " + ROWS + " rows: " + millisSince(applyStarted) + " ms");
        assertTrue(
            applied.body().contains("Import finished: "), "the apply finished: " + applied.body());
        assertEquals(ROWS, checkAllOrNothing(prefix, oakfield, auditBefore));
      }
    } finally {
      if (second != null) {
        second.close();
      }
      if (first != null) {
        first.close();
      }
    }
  }

  /** The people, their memberships and the import's audit entry: all of them or none. */
  private static int checkAllOrNothing(String prefix, long oakfield, long auditBefore)
      throws SQLException {
    try (Connection db = connection(Connection.TRANSACTION_READ_COMMITTED)) {
      int people = countPeople(db, prefix);
      assertTrue(
          people == 0 || people == ROWS,
          "all of the import's " + ROWS + " people or none, not " + people);
      assertEquals(
          people,
          count(
              db,
              "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                  + " WHERE p.email LIKE ? AND m.school_id = "
                  + oakfield
                  + " AND m.ended_at IS NULL",
              prefix + "%"),
          "each imported person is a member of the school");
      assertEquals(
          people == 0 ? 0 : 1,
          count(
              db,
              "SELECT COUNT(*) FROM audit_entry WHERE action = 'staff.import' AND subject_id = "
                  + oakfield
                  + " AND id > "
                  + auditBefore
                  + " AND summary = ?",
              "Import: " + ROWS + " new, 0 changed"),
          "an audit entry exactly when the import's people are there");
      return people;
    }
  }

  /**
   * Polls (every 5 ms, while the apply runs) the people of this import as a READ UNCOMMITTED reader
   * sees them: the apply's transaction writes them one by one (identity keys, so no batches) and
   * commits at the end, so a count between 1 and half of them means a transaction under way.
   */
  private static int awaitUncommittedRows(
      Connection uncommitted, String prefix, CompletableFuture<?> apply)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      int dirty = countPeople(uncommitted, prefix);
      if (dirty > 0 && dirty <= ROWS / 2) {
        return dirty;
      }
      if (dirty > ROWS / 2 || apply.isDone()) {
        fail(
            "Missed the apply's transaction: "
                + dirty
                + " of "
                + ROWS
                + " rows seen, apply done: "
                + apply.isDone()
                + " (more rows, trust.test.killedRows, widen the window)");
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("The apply wrote no row within 120 s");
  }

  /** Waits (at most 60 s) until the dead transaction's rows are rolled back (or committed). */
  private static void awaitSettled(Connection uncommitted, String prefix)
      throws SQLException, InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(60).toNanos();
    int dirty = -1;
    while (System.nanoTime() < deadline) {
      dirty = countPeople(uncommitted, prefix);
      if (dirty == 0 || dirty == ROWS) {
        report("the database settled at " + dirty + " rows " + millisSince(started) + " ms later");
        return;
      }
      Thread.sleep(50);
    }
    fail("The killed transaction's " + dirty + " rows were still there after 60 s");
  }

  private static IntranetServer start(Path workDir, String name)
      throws IOException, InterruptedException {
    IntranetServer started = server.start(workDir, name);
    ServerProcess.awaitUp(started, START_LIMIT);
    return started;
  }

  private static IntranetClient signedInAdmin(IntranetServer server) {
    IntranetClient admin = new IntranetClient(server.base(), Duration.ofSeconds(180));
    assertEquals(302, admin.signIn(ADMIN, TestData.PASSWORD).statusCode(), "signed in");
    return admin;
  }

  private static HttpResponse<String> preview(IntranetClient admin, long school, byte[] csv) {
    String page = "schools/import.xhtml?id=" + school;
    String body = admin.get(page).body();
    Matcher input = FILE_INPUT.matcher(body);
    assertTrue(input.find(), "a file input on the import page: " + body);
    String field = input.group(1) != null ? input.group(1) : input.group(2);
    HttpResponse<String> preview =
        admin.postMultipart(page, "upload", Map.of("upload:preview", ""), field, "staff.csv", csv);
    assertEquals(200, preview.statusCode(), preview.body());
    return preview;
  }

  /** new, changed, unchanged and error rows, as the preview's summary says. */
  private static List<Integer> summary(String page) {
    Matcher m = SUMMARY.matcher(page);
    assertTrue(m.find(), "a preview summary in " + page);
    List<Integer> counts = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      counts.add(Integer.parseInt(m.group(i).replace(",", "")));
    }
    return counts;
  }

  private static byte[] staffCsv(String prefix, int rows) {
    StringBuilder csv = new StringBuilder("email,given name,family name,job title,role\n");
    for (int i = 0; i < rows; i++) {
      csv.append(prefix)
          .append(i)
          .append("@example.org,Killed")
          .append(i)
          .append(",Import,Teacher,")
          .append(i % 10 == 0 ? "school admin" : "teacher")
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long schoolId() throws SQLException {
    try (Connection db = connection(Connection.TRANSACTION_READ_COMMITTED);
        PreparedStatement find = db.prepareStatement("SELECT id FROM school WHERE name = ?")) {
      find.setString(1, SCHOOL);
      try (ResultSet rs = find.executeQuery()) {
        assertTrue(rs.next(), "the demo trust's " + SCHOOL);
        return rs.getLong(1);
      }
    }
  }

  private static long maxAuditId() throws SQLException {
    try (Connection db = connection(Connection.TRANSACTION_READ_COMMITTED)) {
      return count(db, "SELECT COALESCE(MAX(id), 0) FROM audit_entry WHERE id > ?", "0");
    }
  }

  private static int countPeople(Connection db, String prefix) throws SQLException {
    return count(db, "SELECT COUNT(*) FROM person WHERE email LIKE ?", prefix + "%");
  }

  private static int count(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** A connection of the test's own, auto-committing: each query sees the data of its moment. */
  private static Connection connection(int isolation) throws SQLException {
    Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    db.setTransactionIsolation(isolation);
    db.setAutoCommit(true);
    return db;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private static void report(String line) {
    System.out.println("KilledServerIT: " + line);
  }
}
