package org.trustintranet.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.kernel.application.ClusterJobs;

/**
 * Jobs run once per cluster: runs that start at the same moment (as the timers of several instances
 * sharing one database do) race for a slot in the real database, and exactly one does the work.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterJobsIT {
  private static final int RUNS = 4;

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(ClusterJobsIT.class);
  }

  @Inject ClusterJobs jobs;

  @Test
  void runsStartedAtOnceDoTheWorkOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    try {
      for (int round = 0; round < 10; round++) {
        String job = "it-" + UUID.randomUUID();
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AtomicInteger worked = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(RUNS);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          runs.add(
              pool.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return jobs.runOnce(job, slot, worked::incrementAndGet);
                  }));
        }
        int ran = 0;
        for (Future<Boolean> run : runs) {
          ran += run.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, ran, "runs that said they did the work, round " + round);
        assertEquals(1, worked.get(), "times the work was done, round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSlotRunsOnceAndTheNextSlotRunsAgain() {
    String job = "it-" + UUID.randomUUID();
    Instant nine = Instant.parse("2026-11-23T09:00:00Z");
    AtomicInteger worked = new AtomicInteger();

    assertTrue(jobs.runOnce(job, nine, worked::incrementAndGet));
    assertFalse(jobs.runOnce(job, nine, worked::incrementAndGet), "the same slot later");
    assertTrue(jobs.runOnce(job, nine.plusSeconds(60), worked::incrementAndGet));

    assertEquals(2, worked.get());
    assertTrue(jobs.lastClaimed(job).isPresent());
  }

  @Test
  void workThatFailsKeepsItsClaimSoTheNextSlotCatchesUp() {
    String job = "it-" + UUID.randomUUID();
    Instant slot = Instant.parse("2026-11-23T10:00:00Z");

    assertThrows(
        IllegalStateException.class,
        () ->
            jobs.runOnce(
                job,
                slot,
                () -> {
                  throw new IllegalStateException("the work failed");
                }));
    assertFalse(jobs.runOnce(job, slot, () -> {}), "a failed slot is not run twice");
  }

  @Test
  void refusesNamesThatCannotBeStored() {
    Instant slot = Instant.now();
    assertThrows(IllegalArgumentException.class, () -> jobs.runOnce("", slot, () -> {}));
    assertThrows(IllegalArgumentException.class, () -> jobs.runOnce("a@b", slot, () -> {}));
    assertThrows(
        IllegalArgumentException.class, () -> jobs.runOnce("x".repeat(101), slot, () -> {}));
  }
}
