package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.trustintranet.bench.IntranetServer;

/**
 * The runnable jar started by a test as an operator starts it (no Arquillian), on MariaDB/MySQL:
 * the build's {@code trust.test.jvmOptions} split into JVM options and the intranet's settings,
 * which go into the environment as an operator gives them (trust.db.url becomes TRUST_DB_URL),
 * never on the command line where every local user could read the database password. For the tests
 * that start, kill or starve a server of their own, each in its own failsafe execution.
 */
final class ServerProcess {
  private static final Pattern MYSQL_URL = Pattern.compile("jdbc:(mysql|mariadb)://.*");

  final List<String> jvm = new ArrayList<>();
  final Map<String, String> settings = new LinkedHashMap<>();

  private ServerProcess() {}

  /**
   * The server of the test class {@code testClass}, which runs only where {@code executionProperty}
   * names it (its own failsafe execution) and on MariaDB/MySQL: skipped otherwise, saying why.
   */
  static ServerProcess forTest(String testClass, String executionProperty) {
    skipUnless(
        testClass.equals(System.getProperty(executionProperty)),
        testClass
            + " runs in its own failsafe execution ("
            + executionProperty
            + "="
            + testClass
            + "), which starts a server of its own");
    ServerProcess server = new ServerProcess();
    for (String option : System.getProperty("trust.test.jvmOptions", "").trim().split("\\s+")) {
      if (option.startsWith("-Dtrust.") && option.contains("=")) {
        String name = option.substring(2, option.indexOf('='));
        String value = option.substring(option.indexOf('=') + 1);
        server.settings.put(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value);
      } else if (!option.isEmpty()) {
        server.jvm.add(option);
      }
    }
    skipUnless(
        MYSQL_URL.matcher(server.dbUrl()).matches(),
        testClass
            + " skipped: it needs MariaDB or MySQL (-Dtrust.db.url=jdbc:mysql://... in"
            + " trust.test.jvmOptions); the embedded H2 lives inside the server process");
    server.settings.put("TRUST_DEMO_ENABLED", "true");
    return server;
  }

  /** The database URL the server is given (TRUST_DB_URL). */
  String dbUrl() {
    return settings.getOrDefault("TRUST_DB_URL", "");
  }

  /** Starts the jar on a free loopback port; its output goes to {@code workDir/server-NAME.log}. */
  IntranetServer start(Path workDir, String name) throws IOException {
    Path jar = Path.of(System.getProperty("trust.test.jar", "target/trust-intranet.jar"));
    assertTrue(Files.isRegularFile(jar), "No runnable jar at " + jar + " (built in package)");
    Files.createDirectories(workDir);
    return IntranetServer.start(
        jar,
        workDir,
        freeLoopbackPort(),
        jvm,
        null,
        settings,
        workDir.resolve("server-" + name + ".log"));
  }

  /**
   * Waits until the started server is up: Payara Micro says it is ready and the sign-in page
   * answers; stops the server and fails otherwise.
   */
  static void awaitUp(IntranetServer server, Duration limit)
      throws IOException, InterruptedException {
    try {
      server.awaitLog(" ready in ", limit);
      server.awaitPage("login.xhtml", Duration.ofSeconds(30));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Skips the test class, saying why in the build's output too (a skipped class has no report). */
  static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println(reason);
    }
    Assumptions.assumeTrue(condition, reason);
  }
}
