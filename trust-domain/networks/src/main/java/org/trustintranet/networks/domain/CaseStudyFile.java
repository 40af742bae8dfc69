package org.trustintranet.networks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A file attached to a case study as evidence of impact: its bytes in the file store (by content
 * id), the name it was uploaded under (its last path segment, within {@value #NAME_LENGTH}
 * characters) and the type its name's extension gives. Written once; removed while the case study
 * is editable.
 */
@Entity
@Table(name = "case_study_file")
public class CaseStudyFile {
  public static final int NAME_LENGTH = 255;

  /** The largest file accepted: 20 MB. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_study_id", nullable = false)
  private long caseStudyId;

  @Column(name = "content_id", nullable = false, length = 64)
  private String contentId;

  @Column(name = "file_name", nullable = false, length = NAME_LENGTH)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 128)
  private String mediaType;

  @Column(nullable = false)
  private long size;

  @Column(name = "added_by", nullable = false)
  private long addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected CaseStudyFile() {}

  public CaseStudyFile(
      long caseStudyId, String contentId, String fileName, long size, long by, Instant now) {
    this.caseStudyId = caseStudyId;
    this.contentId = contentId;
    this.fileName = cleanName(fileName);
    this.mediaType = typeOf(this.fileName);
    this.size = size;
    this.addedBy = by;
    this.addedAt = now;
  }

  /**
   * The name a file is kept under: its last path segment (a browser may send a whole path),
   * trimmed; refused when empty or longer than {@value #NAME_LENGTH} characters.
   */
  public static String cleanName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    if (n.isEmpty() || n.length() > NAME_LENGTH || n.chars().anyMatch(Character::isISOControl)) {
      throw new BusinessException("error.caseStudy.fileName", NAME_LENGTH);
    }
    return n;
  }

  /** The type its extension gives, or {@code application/octet-stream}. */
  public static String typeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  public Long getId() {
    return id;
  }

  public long getCaseStudyId() {
    return caseStudyId;
  }

  public String getContentId() {
    return contentId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
