package org.trustintranet.it;

import java.net.URI;
import java.net.URL;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every integration test shares: the demo trust's logins, fresh e-mail addresses and URNs (so
 * that tests never depend on each other's data), and the deployment's address on loopback.
 */
public final class TestData {
  /** The demo trust's e-mail domain: {@code "trust.admin" + DOMAIN} is its trust admin. */
  public static final String DOMAIN = "@oakvalley.sch.uk";

  /** Every demo account's password (README). */
  public static final String PASSWORD = "Welcome-to-the-trust-1";

  private TestData() {}

  /** An address nobody has yet. */
  public static String uniqueEmail(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
  }

  /** A six-digit URN, very probably free. */
  public static String uniqueUrn() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(200_000, 999_999));
  }

  /**
   * The deployment's address on loopback: Payara Micro announces the machine's network address, and
   * the tests send nothing but to this machine.
   */
  public static URI loopback(URL deployment) {
    return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath());
  }

  /**
   * Midnight UTC of the first Monday-to-Friday day at least {@code days} days from now: rooms are
   * bookable on weekdays only, 08:00-18:00 London time, by default.
   */
  public static java.time.Instant weekdayAhead(int days) {
    java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }
}
