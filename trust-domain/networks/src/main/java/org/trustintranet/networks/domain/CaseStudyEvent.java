package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in a case study's history: what happened, who did it and when, and the education
 * officer's comments when it was returned. Written once, never changed.
 */
@Entity
@Table(name = "case_study_event")
public class CaseStudyEvent {
  public static final int COMMENT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_study_id", nullable = false)
  private long caseStudyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CaseStudyStep step;

  @Column(name = "done_by", nullable = false)
  private long doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  @Column(length = COMMENT_LENGTH)
  private String comment;

  protected CaseStudyEvent() {}

  CaseStudyEvent(
      long caseStudyId, CaseStudyStep step, long doneBy, Instant doneAt, String comment) {
    this.caseStudyId = caseStudyId;
    this.step = step;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public long getCaseStudyId() {
    return caseStudyId;
  }

  public CaseStudyStep getStep() {
    return step;
  }

  public long getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getComment() {
    return comment;
  }
}
