package org.trustintranet.kernel.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The claim of one time slot of a scheduled job by one instance (table job_run). */
@Entity
@Table(name = "job_run")
@NamedQuery(
    name = JobRun.LAST_CLAIMED,
    query = "SELECT r.claimedAt FROM JobRun r WHERE r.job = :job ORDER BY r.claimedAt DESC")
public class JobRun {
  static final String LAST_CLAIMED = "JobRun.lastClaimed";

  @Id
  @Column(name = "claim_key", length = 200)
  private String claimKey;

  @Column(nullable = false, length = 100)
  private String job;

  @Column(nullable = false, length = 40)
  private String slot;

  @Column(name = "claimed_by", nullable = false, length = 200)
  private String claimedBy;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected JobRun() {}

  JobRun(String job, Instant slot, String claimedBy, Instant claimedAt) {
    this.claimKey = key(job, slot);
    this.job = job;
    this.slot = slot.toString();
    this.claimedBy = claimedBy;
    this.claimedAt = claimedAt;
  }

  static String key(String job, Instant slot) {
    return job + "@" + slot;
  }

  void finish(Instant at) {
    finishedAt = at;
  }
}
