package org.trustintranet.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartupRetryTest {
  private final List<Duration> slept = new ArrayList<>();
  private final StartupRetry retry = new StartupRetry(Duration.ofSeconds(10), slept::add);

  @Test
  void waitsOneTwoFourEightThenTheLongestWaitForEver() {
    List<Long> seconds = new ArrayList<>();
    for (int attempt = 1; attempt <= 8; attempt++) {
      seconds.add(retry.waitAfter(attempt).toSeconds());
    }
    assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L, 10L, 10L), seconds);
    assertEquals(Duration.ofSeconds(10), retry.waitAfter(40), "no overflow after many attempts");
    assertEquals(Duration.ofSeconds(10), retry.waitAfter(Integer.MAX_VALUE));
  }

  @Test
  void triesUntilTheAttemptSucceedsAndSaysHowManyItTook() {
    AtomicInteger calls = new AtomicInteger();
    int attempts =
        retry.until(
            "the database",
            () -> {
              if (calls.incrementAndGet() < 5) {
                throw new IllegalStateException("down", new java.net.ConnectException("refused"));
              }
            });
    assertEquals(5, attempts);
    assertEquals(5, calls.get());
    assertEquals(
        List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8)),
        slept,
        "one wait between each two attempts, none after the good one");
  }

  @Test
  void aFirstGoodAttemptWaitsForNothing() {
    assertEquals(1, retry.until("the database", () -> {}));
    assertTrue(slept.isEmpty());
  }

  @Test
  void anInterruptedWaitStopsWaitingAndKeepsTheInterrupt() {
    StartupRetry interrupted =
        new StartupRetry(
            Duration.ofSeconds(1),
            duration -> {
              throw new InterruptedException();
            });
    assertThrows(
        IllegalStateException.class,
        () ->
            interrupted.until(
                "the database",
                () -> {
                  throw new IllegalStateException("down");
                }));
    assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
  }

  @Test
  void theLogLineNamesTheInnermostCause() {
    assertEquals(
        "ConnectException: Connection refused",
        StartupRetry.rootMessage(
            new IllegalStateException(
                "outer",
                new RuntimeException("mid", new java.net.ConnectException("Connection refused")))));
  }

  @Test
  void aLongestWaitUnderOneSecondIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new StartupRetry(Duration.ofMillis(500), d -> {}));
  }
}
