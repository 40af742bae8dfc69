package org.trustintranet.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a resource: a file of the file store (its content id, the cleaned name it was
 * uploaded under, the type found in its bytes, its size) or, for a link, nothing but its change
 * note. Never changed once made, except for what the background jobs learn of its file: the words
 * inside it and its thumbnail.
 */
@Entity
@Table(name = "resource_version")
public class ResourceVersion {
  public static final int CHANGE_NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "resource_id", nullable = false, updatable = false)
  private long resourceId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "content_id", length = 64, updatable = false)
  private String contentId;

  @Column(name = "file_name", length = SafeFileName.MAX_LENGTH, updatable = false)
  private String fileName;

  @Column(name = "media_type", length = 128, updatable = false)
  private String mediaType;

  @Column(updatable = false)
  private Long size;

  @Column(name = "thumbnail_id", length = 64)
  private String thumbnailId;

  @Column(name = "change_note", length = CHANGE_NOTE_LENGTH, updatable = false)
  private String changeNote;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "text_state", nullable = false, length = 12)
  private TextState textState;

  @Column(name = "inner_text")
  private String innerText;

  protected ResourceVersion() {}

  /** A version holding a file, whose words the background job reads next. */
  public static ResourceVersion ofFile(
      long resourceId,
      int number,
      StoredFile file,
      String changeNote,
      long createdBy,
      Instant now) {
    Objects.requireNonNull(file, "file");
    ResourceVersion v = new ResourceVersion(resourceId, number, changeNote, createdBy, now);
    v.contentId = file.contentId();
    v.fileName = file.fileName();
    v.mediaType = file.mediaType();
    v.size = file.size();
    v.textState = TextState.PENDING;
    return v;
  }

  /** The version of a resource that is a link: no file, nothing to read. */
  public static ResourceVersion ofLink(
      long resourceId, int number, String changeNote, long createdBy, Instant now) {
    ResourceVersion v = new ResourceVersion(resourceId, number, changeNote, createdBy, now);
    v.textState = TextState.NONE;
    return v;
  }

  private ResourceVersion(
      long resourceId, int number, String changeNote, long createdBy, Instant now) {
    this.resourceId = resourceId;
    this.number = number;
    this.changeNote = cleanNote(changeNote);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  private static String cleanNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String stripped = note.strip();
    if (stripped.length() > CHANGE_NOTE_LENGTH) {
      throw new org.trustintranet.kernel.domain.BusinessException(
          "error.resources.changeNoteTooLong", CHANGE_NOTE_LENGTH);
    }
    return stripped;
  }

  /** The words inside the file were read (empty text when it holds none). */
  public void textRead(String text) {
    innerText = text;
    textState = TextState.DONE;
  }

  /** The file's words could not be read: it stays downloadable, found by its metadata only. */
  public void textFailed() {
    innerText = null;
    textState = TextState.FAILED;
  }

  public void thumbnail(String contentId) {
    thumbnailId = contentId;
  }

  public Long getId() {
    return id;
  }

  public long getResourceId() {
    return resourceId;
  }

  public int getNumber() {
    return number;
  }

  /** The file, or empty for a link. */
  public Optional<StoredFile> file() {
    return contentId == null
        ? Optional.empty()
        : Optional.of(new StoredFile(contentId, fileName, mediaType, size));
  }

  public Optional<String> thumbnailId() {
    return Optional.ofNullable(thumbnailId);
  }

  public String getChangeNote() {
    return changeNote;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public TextState getTextState() {
    return textState;
  }

  public Optional<String> innerText() {
    return Optional.ofNullable(innerText);
  }
}
