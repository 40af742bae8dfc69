package org.trustintranet.kernel.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Runs scheduled work once per cluster. Every instance's timer asks to run a job for a time slot
 * (the minute of a publishing run, the day of a digest); the first instance to claim the slot in
 * the database does the work, every other one is told it was taken. The claim is committed before
 * the work starts, so a claim survives the work failing: the job's next slot catches up, which is
 * why a job must do all that is due, not only what fell in its own slot.
 */
public interface ClusterJobs {
  /** The longest job name. */
  int MAX_JOB = 100;

  /**
   * Claims {@code slot} of {@code job} and, when this instance got it, runs {@code work}.
   *
   * @return true when this instance ran the work; false when another run had claimed the slot
   */
  boolean runOnce(String job, Instant slot, Runnable work);

  /** When the last claimed slot of {@code job} was claimed, for health pages and tests. */
  Optional<Instant> lastClaimed(String job);
}
