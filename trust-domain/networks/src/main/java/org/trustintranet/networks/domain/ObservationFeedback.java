package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What one of an observation's two people recorded after the lesson: what went well and next steps.
 * Private to the two: nobody else reads it, leads and admins included. Each writes and rewrites
 * only their own.
 */
@Entity
@Table(name = "observation_feedback")
public class ObservationFeedback {
  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "observation_id", nullable = false)
  private long observationId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "went_well", nullable = false, length = TEXT_LENGTH)
  private String wentWell;

  @Column(name = "next_steps", nullable = false, length = TEXT_LENGTH)
  private String nextSteps;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ObservationFeedback() {}

  public ObservationFeedback(
      long observationId, long personId, String wentWell, String nextSteps, Instant now) {
    this.observationId = observationId;
    this.personId = personId;
    revise(wentWell, nextSteps, now);
  }

  /** New words: at least one of the two filled in, each within the limit. */
  public void revise(String wentWell, String nextSteps, Instant now) {
    String well = wentWell == null ? "" : wentWell.strip();
    String next = nextSteps == null ? "" : nextSteps.strip();
    if (well.isEmpty() && next.isEmpty()) {
      throw new BusinessException("error.observation.feedbackEmpty");
    }
    if (well.length() > TEXT_LENGTH) {
      throw new BusinessException("error.observation.wentWellTooLong", TEXT_LENGTH);
    }
    if (next.length() > TEXT_LENGTH) {
      throw new BusinessException("error.observation.nextStepsTooLong", TEXT_LENGTH);
    }
    this.wentWell = well;
    this.nextSteps = next;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getObservationId() {
    return observationId;
  }

  public long getPersonId() {
    return personId;
  }

  public String getWentWell() {
    return wentWell;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
