package org.trustintranet.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;

/** "Report a problem" with a resource: seen on it by its owner and its school's admins. */
@Entity
@Table(name = "resource_report")
public class ProblemReport {
  public static final int MESSAGE_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "resource_id", nullable = false, updatable = false)
  private long resourceId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(nullable = false, length = MESSAGE_LENGTH, updatable = false)
  private String message;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected ProblemReport() {}

  public ProblemReport(long resourceId, long personId, String message, Instant now) {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty()) {
      throw new BusinessException("error.resources.problemRequired");
    }
    if (text.length() > MESSAGE_LENGTH) {
      throw new BusinessException("error.resources.problemTooLong", MESSAGE_LENGTH);
    }
    this.resourceId = resourceId;
    this.personId = personId;
    this.message = text;
    this.reportedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getResourceId() {
    return resourceId;
  }

  public long getPersonId() {
    return personId;
  }

  public String getMessage() {
    return message;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
