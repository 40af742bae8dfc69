package org.trustintranet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts a {@link TcpProxy} between the intranet under test and MariaDB/MySQL, before Arquillian
 * starts Payara Micro: it must be registered before {@code ArquillianExtension}. It rewrites the
 * JDBC URL in {@code trust.test.jvmOptions} to the proxy's loopback port (13306, or {@code
 * trust.test.proxyPort}), so the test class needs a JVM of its own: its own failsafe execution,
 * which names it in {@code trust.test.behindProxy}. Elsewhere (the embedded H2, or another
 * execution) the class is skipped with the reason.
 */
public class DatabaseBehindProxy implements BeforeAllCallback {
  private static final Pattern MYSQL_URL =
      Pattern.compile("-Dtrust\\.db\\.url=jdbc:(mysql|mariadb)://([^:/\\s]+)(?::(\\d+))?/");

  private static TcpProxy proxy;

  /** The proxy of the running test class. */
  static TcpProxy proxy() {
    return proxy;
  }

  /** Skips the test class, saying why in the build's output too (a skipped class has no report). */
  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println(reason);
    }
    Assumptions.assumeTrue(condition, reason);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String testClass = context.getRequiredTestClass().getSimpleName();
    skipUnless(
        testClass.equals(System.getProperty("trust.test.behindProxy")),
        testClass
            + " runs in its own failsafe execution (trust.test.behindProxy="
            + testClass
            + "), whose Payara Micro reaches the database through a proxy");
    String options = System.getProperty("trust.test.jvmOptions", "");
    Matcher url = MYSQL_URL.matcher(options);
    skipUnless(
        url.find(),
        testClass
            + " skipped: it needs MariaDB or MySQL (-Dtrust.db.url=jdbc:mysql://... in"
            + " trust.test.jvmOptions), the embedded H2 cannot be cut off");
    int port = Integer.getInteger("trust.test.proxyPort", 13306);
    String host = url.group(2);
    int target = url.group(3) == null ? 3306 : Integer.parseInt(url.group(3));
    proxy = new TcpProxy(port, host, target);
    try {
      proxy.restore();
    } catch (IOException e) {
      throw new UncheckedIOException("proxy port " + port + " is taken", e);
    }
    System.setProperty(
        "trust.test.jvmOptions",
        options.substring(0, url.start())
            + "-Dtrust.db.url=jdbc:"
            + url.group(1)
            + "://127.0.0.1:"
            + port
            + "/"
            + options.substring(url.end()));
  }
}
