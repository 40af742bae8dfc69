package org.trustintranet.kernel.application;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Waits at start-up for a database that is not there yet: the attempt is tried again after 1, 2, 4
 * ... seconds, at most {@code trust.startup.max-retry-seconds} (default 10) apart, with one log
 * line per failed attempt, until it succeeds. Used before the persistence units connect and before
 * the schema migrations, so that an intranet started while its database is down comes up by itself
 * when the database appears.
 */
public final class StartupRetry {
  /** The setting that bounds the wait between two attempts, in seconds. */
  public static final String LONGEST_SETTING = "trust.startup.max-retry-seconds";

  static final int DEFAULT_LONGEST_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(StartupRetry.class.getName());

  /** Sleeps between attempts (a test passes one that only records). */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Duration longest;
  private final Sleeper sleeper;

  public StartupRetry(Duration longest, Sleeper sleeper) {
    if (longest.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("The longest wait is at least 1 s, not " + longest);
    }
    this.longest = longest;
    this.sleeper = sleeper;
  }

  /**
   * As configured by {@value #LONGEST_SETTING}, read through MicroProfile Config (the default when
   * no configuration is reachable yet, e.g. outside the server).
   */
  public static StartupRetry configured() {
    int seconds = DEFAULT_LONGEST_SECONDS;
    try {
      seconds =
          ConfigProvider.getConfig()
              .getOptionalValue(LONGEST_SETTING, Integer.class)
              .orElse(DEFAULT_LONGEST_SECONDS);
    } catch (RuntimeException noConfigHere) {
      LOG.fine(() -> "No configuration for " + LONGEST_SETTING + ": " + noConfigHere);
    }
    return new StartupRetry(
        Duration.ofSeconds(Math.max(1, seconds)), duration -> Thread.sleep(duration.toMillis()));
  }

  /** The wait after failed attempt number {@code attempt} (1, 2, 4 ... seconds, bounded). */
  public Duration waitAfter(int attempt) {
    long seconds = attempt >= 31 ? Long.MAX_VALUE : 1L << Math.max(0, attempt - 1);
    return seconds >= longest.toSeconds() ? longest : Duration.ofSeconds(seconds);
  }

  /**
   * Runs {@code attempt} until it returns without a runtime exception; says in the log, one line
   * per failure, what failed and when the next try is. Returns the number of attempts made.
   *
   * @param what what is waited for, for the log ("the database, for persistence unit news")
   * @throws IllegalStateException when interrupted while waiting
   */
  public int until(String what, Runnable attempt) {
    for (int number = 1; ; number++) {
      try {
        attempt.run();
        if (number > 1) {
          LOG.info("Reached " + what + " after " + number + " attempts");
        }
        return number;
      } catch (RuntimeException e) {
        Duration wait = waitAfter(number);
        LOG.warning(message(what, number, e, wait).get());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for " + what, interrupted);
        }
      }
    }
  }

  private static Supplier<String> message(String what, int number, Throwable e, Duration wait) {
    return () ->
        "Cannot reach "
            + what
            + " yet (attempt "
            + number
            + ": "
            + rootMessage(e)
            + "); trying again in "
            + wait.toSeconds()
            + " s";
  }

  /** The innermost cause's class and message: the one line that says why. */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
