package org.trustintranet.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One administrative change: who did what to which thing, when, and how it looked before and after
 * (as JSON text). Written once, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  public static final int ACTION_LENGTH = 64;
  public static final int SUBJECT_TYPE_LENGTH = 64;
  public static final int ACTOR_NAME_LENGTH = 200;
  public static final int SUMMARY_LENGTH = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_name", nullable = false, length = ACTOR_NAME_LENGTH)
  private String actorName;

  @Column(nullable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "subject_type", nullable = false, length = SUBJECT_TYPE_LENGTH)
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  @Column(nullable = false, length = SUMMARY_LENGTH)
  private String summary;

  @Lob
  @Column(name = "before_state")
  private String before;

  @Lob
  @Column(name = "after_state")
  private String after;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      Long actorId,
      String actorName,
      String action,
      String subjectType,
      Long subjectId,
      String summary,
      String before,
      String after) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actorId = actorId;
    this.actorName = truncate(Objects.requireNonNull(actorName), ACTOR_NAME_LENGTH);
    this.action = Objects.requireNonNull(action);
    this.subjectType = Objects.requireNonNull(subjectType);
    this.subjectId = subjectId;
    this.summary = truncate(Objects.requireNonNull(summary), SUMMARY_LENGTH);
    this.before = before;
    this.after = after;
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getSummary() {
    return summary;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
