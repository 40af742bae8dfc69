package org.trustintranet.resources.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resource as a search result or "my resources" shows it: read in one query, no entity loaded.
 * Only "my resources" lists withdrawn ones.
 */
public record ResourceRow(
    long id,
    String title,
    String description,
    Subject subject,
    KeyStage keyStage,
    ResourceType type,
    Licence licence,
    long schoolId,
    long ownerId,
    long downloads,
    double ratingScore,
    int ratingCount,
    LocalDate assuredUntil,
    Instant createdAt,
    int currentVersion,
    boolean link,
    boolean withdrawn)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
