package org.trustintranet.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A file someone uploaded, checked and stored, that is not yet part of a resource: the upload form
 * sends its files one by one (with a progress bar) before its metadata. Only its uploader may use
 * it; left for {@link #KEPT} it is removed by the clean-up.
 */
@Entity
@Table(name = "resource_upload")
public class StagedUpload {
  /** How long an unused upload is kept. */
  public static final Duration KEPT = Duration.ofDays(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "content_id", nullable = false, length = 64, updatable = false)
  private String contentId;

  @Column(name = "file_name", nullable = false, length = SafeFileName.MAX_LENGTH, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 128, updatable = false)
  private String mediaType;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StagedUpload() {}

  public StagedUpload(long personId, StoredFile file, Instant now) {
    this.personId = personId;
    this.contentId = file.contentId();
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public StoredFile file() {
    return new StoredFile(contentId, fileName, mediaType, size);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
