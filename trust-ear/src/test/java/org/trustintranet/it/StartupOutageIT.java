package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.trustintranet.bench.IntranetServer;

/**
 * An intranet started while its database is down waits for it and comes up by itself: the runnable
 * jar is started with a cut {@link TcpProxy} between it and MariaDB/MySQL; for 20 seconds it waits,
 * one log line per attempt, without finishing its start; then the proxy is restored and, with no
 * restart, the sign-in page, a sign-in, a signed-in page and readiness all work. Its own failsafe
 * execution ({@code trust.test.startupOutage=StartupOutageIT}); skipped on the embedded H2.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StartupOutageIT {
  private static final Pattern HOST_AND_PORT =
      Pattern.compile("^(jdbc:(?:mysql|mariadb)://)([^:/]+)(?::(\\d+))?(/.*)$");
  private static final Duration DOWN = Duration.ofSeconds(20);
  private static final Duration WAIT_LIMIT = Duration.ofSeconds(180);
  private static final String WAITING = "Cannot reach the database";

  /** Back-off at most 10 s (the default) plus the rest of the start. */
  private static final Duration UP_AFTER_RETURN = Duration.ofSeconds(90);

  private static ServerProcess server;

  @BeforeAll
  static void onlyOnMariaDbInItsOwnExecution() {
    server = ServerProcess.forTest("StartupOutageIT", "trust.test.startupOutage");
  }

  @Test
  void anIntranetStartedWithoutItsDatabaseComesUpWhenTheDatabaseAppears() throws Exception {
    Matcher url = HOST_AND_PORT.matcher(server.dbUrl());
    assertTrue(url.matches(), "a host in " + server.dbUrl());
    TcpProxy proxy =
        new TcpProxy(
            freeLoopbackPort(),
            url.group(2),
            url.group(3) == null ? 3306 : Integer.parseInt(url.group(3)));
    proxy.cut();
    server.settings.put("TRUST_DB_URL", url.group(1) + "127.0.0.1:" + proxy.port() + url.group(4));
    Path workDir = Path.of(System.getProperty("trust.test.startupDir", "target/startup-outage"));
    long started = System.nanoTime();
    try (IntranetServer intranet = server.start(workDir, "without-database")) {
      // At least 20 s down, and until three attempts are logged (a loaded machine boots slowly).
      long attempts = 0;
      String whileDown = "";
      while (System.nanoTime() - started < DOWN.toNanos() || attempts < 3) {
        assertTrue(
            System.nanoTime() - started < WAIT_LIMIT.toNanos(),
            "three attempts logged within " + WAIT_LIMIT + ": see " + intranet.log());
        Thread.sleep(500);
        whileDown = Files.readString(intranet.log(), StandardCharsets.ISO_8859_1);
        attempts = whileDown.lines().filter(line -> line.contains(WAITING)).count();
      }
      report(
          attempts
              + " attempts logged and "
              + proxy.turnedAway()
              + " connections turned away in the first "
              + Duration.ofNanos(System.nanoTime() - started).toSeconds()
              + " s");
      assertTrue(attempts >= 3, "one log line per attempt while the database is away");
      assertFalse(
          whileDown.contains(" ready in "), "the start waits for the database: not over yet");

      proxy.restore();
      long back = System.nanoTime();
      ServerProcess.awaitUp(intranet, UP_AFTER_RETURN);
      long up = System.nanoTime();
      report(
          "sign-in page "
              + Duration.ofNanos(up - back).toMillis()
              + " ms after the database came back ("
              + Duration.ofNanos(up - started).toMillis()
              + " ms after the start)");

      String log = Files.readString(intranet.log(), StandardCharsets.ISO_8859_1);
      assertFalse(
          log.contains("EclipseLink-4002"),
          "no persistence unit failed to connect (the deployment failed so before): see "
              + intranet.log());
      IntranetClient staff = new IntranetClient(intranet.base(), Duration.ofSeconds(30));
      assertEquals(302, staff.signIn("staff" + TestData.DOMAIN, TestData.PASSWORD).statusCode());
      assertEquals(200, staff.get("index.xhtml").statusCode(), "a signed-in page");
      assertEquals(200, new IntranetClient(intranet.base()).get("health/ready").statusCode());
    } finally {
      proxy.cut();
    }
  }

  private static int freeLoopbackPort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void report(String line) {
    System.out.println("StartupOutageIT: " + line);
  }
}
