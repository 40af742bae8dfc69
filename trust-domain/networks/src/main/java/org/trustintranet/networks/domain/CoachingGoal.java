package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/** A goal a coaching pair set, and the progress they record against it: the pair's alone. */
@Entity
@Table(name = "coaching_goal")
public class CoachingGoal {
  public static final int GOAL_LENGTH = 300;
  public static final int PROGRESS_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pair_id", nullable = false)
  private long pairId;

  @Column(nullable = false, length = GOAL_LENGTH)
  private String goal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private GoalStatus status;

  @Column(nullable = false, length = PROGRESS_LENGTH)
  private String progress;

  @Column(name = "set_by", nullable = false)
  private long setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CoachingGoal() {}

  /** A new goal, not started. */
  public CoachingGoal(long pairId, String goal, long setBy, Instant now) {
    this.pairId = pairId;
    this.goal = checkedGoal(goal);
    this.status = GoalStatus.NOT_STARTED;
    this.progress = "";
    this.setBy = setBy;
    this.setAt = now;
    this.updatedAt = now;
  }

  /** Where the goal has got to, in a status and words. */
  public void progress(GoalStatus status, String progress, Instant now) {
    if (status == null) {
      throw new BusinessException("error.coaching.statusRequired");
    }
    String words = progress == null ? "" : progress.strip();
    if (words.length() > PROGRESS_LENGTH) {
      throw new BusinessException("error.coaching.progressTooLong", PROGRESS_LENGTH);
    }
    this.status = status;
    this.progress = words;
    this.updatedAt = now;
  }

  /** The goal's words, required and within {@value #GOAL_LENGTH} characters. */
  public static String checkedGoal(String goal) {
    String words = goal == null ? "" : goal.strip();
    if (words.isEmpty()) {
      throw new BusinessException("error.coaching.goalRequired");
    }
    if (words.length() > GOAL_LENGTH) {
      throw new BusinessException("error.coaching.goalTooLong", GOAL_LENGTH);
    }
    return words;
  }

  public Long getId() {
    return id;
  }

  public long getPairId() {
    return pairId;
  }

  public String getGoal() {
    return goal;
  }

  public GoalStatus getStatus() {
    return status;
  }

  public String getProgress() {
    return progress;
  }

  public long getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
