package org.trustintranet.networks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Phase;

/**
 * A school's write-up of a project that improved pupils' learning, and its way to the trust's
 * library: written as a draft, submitted, returned with comments (editable again) or approved by an
 * education officer, then published. Each transition is a method that keeps the order and returns
 * the step for the history (who and when); anything else is refused with {@code
 * error.caseStudy.transition}. The school stays the one it was written for.
 */
@Entity
@Table(name = "case_study")
public class CaseStudy {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = CaseStudyDetails.TITLE_LENGTH)
  private String title;

  @Column(name = "school_id", nullable = false)
  private long schoolId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Phase phase;

  @Column(name = "focus_area_id", nullable = false)
  private long focusAreaId;

  @Column(nullable = false, length = CaseStudyDetails.SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, length = CaseStudyDetails.TEXT_LENGTH)
  private String context;

  @Column(nullable = false, length = CaseStudyDetails.TEXT_LENGTH)
  private String actions;

  @Column(nullable = false, length = CaseStudyDetails.TEXT_LENGTH)
  private String impact;

  @Column(nullable = false, length = CaseStudyDetails.CONTACT_LENGTH)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CaseStudyState state;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection
  @CollectionTable(name = "case_study_author", joinColumns = @JoinColumn(name = "case_study_id"))
  @Column(name = "person_id")
  private Set<Long> authors = new HashSet<>();

  @Version private long version;

  protected CaseStudy() {}

  /** A draft by {@code author}, its first author. */
  public CaseStudy(CaseStudyDetails details, long author, Instant now) {
    apply(details);
    this.state = CaseStudyState.DRAFT;
    this.createdBy = author;
    this.createdAt = now;
    this.updatedAt = now;
    this.authors.add(author);
  }

  /** Its first step, once it has an id: written by its first author. */
  public CaseStudyEvent created() {
    return new CaseStudyEvent(id, CaseStudyStep.CREATED, createdBy, createdAt, null);
  }

  /**
   * New details, while a draft or returned; whoever changes it becomes one of its authors (and is
   * told of what happens to it).
   */
  public void revise(CaseStudyDetails details, long by, Instant now) {
    if (!state.isEditable()) {
      throw new BusinessException("error.caseStudy.notEditable");
    }
    if (details.schoolId() != schoolId) {
      throw new BusinessException("error.caseStudy.schoolFixed");
    }
    apply(details);
    authors.add(by);
    updatedAt = now;
  }

  /** For review by an education officer: from a draft or returned, once complete. */
  public CaseStudyEvent submit(long by, Instant now) {
    if (!state.isEditable()) {
      throw new BusinessException("error.caseStudy.transition");
    }
    if (!details().isComplete()) {
      throw new BusinessException("error.caseStudy.incomplete");
    }
    return step(CaseStudyState.SUBMITTED, CaseStudyStep.SUBMITTED, by, now, null);
  }

  /** Back to its authors with the officer's comments, which are required: editable again. */
  public CaseStudyEvent returnWithComments(String comments, long by, Instant now) {
    String words = comments == null ? "" : comments.strip();
    if (words.isEmpty()) {
      throw new BusinessException("error.caseStudy.commentRequired");
    }
    if (words.length() > CaseStudyEvent.COMMENT_LENGTH) {
      throw new BusinessException("error.caseStudy.commentTooLong", CaseStudyEvent.COMMENT_LENGTH);
    }
    require(CaseStudyState.SUBMITTED);
    return step(CaseStudyState.RETURNED, CaseStudyStep.RETURNED, by, now, words);
  }

  /** Quality-assured by an education officer: ready to publish. */
  public CaseStudyEvent approve(long by, Instant now) {
    require(CaseStudyState.SUBMITTED);
    return step(CaseStudyState.APPROVED, CaseStudyStep.APPROVED, by, now, null);
  }

  /** Into the trust's library, once approved. */
  public CaseStudyEvent publish(long by, Instant now) {
    require(CaseStudyState.APPROVED);
    publishedAt = now;
    return step(CaseStudyState.PUBLISHED, CaseStudyStep.PUBLISHED, by, now, null);
  }

  private void require(CaseStudyState from) {
    if (state != from) {
      throw new BusinessException("error.caseStudy.transition");
    }
  }

  private CaseStudyEvent step(
      CaseStudyState to, CaseStudyStep what, long by, Instant now, String comment) {
    state = to;
    updatedAt = now;
    return new CaseStudyEvent(id == null ? 0 : id, what, by, now, comment);
  }

  private void apply(CaseStudyDetails d) {
    this.title = d.title();
    this.schoolId = d.schoolId();
    this.phase = d.phase();
    this.focusAreaId = d.focusAreaId();
    this.subject = d.subject();
    this.context = d.context();
    this.actions = d.actions();
    this.impact = d.impact();
    this.contact = d.contact();
  }

  /** What it says, as details. */
  public CaseStudyDetails details() {
    return new CaseStudyDetails(
        title, schoolId, phase, focusAreaId, subject, context, actions, impact, contact);
  }

  /** The words its search finds it by: title, subject and the three texts, with {@code extra}. */
  public String searchText(String... extra) {
    return Stream.concat(Stream.of(title, subject, context, actions, impact), Stream.of(extra))
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining("\n"));
  }

  public boolean isAuthor(long personId) {
    return authors.contains(personId);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public Phase getPhase() {
    return phase;
  }

  public long getFocusAreaId() {
    return focusAreaId;
  }

  public String getSubject() {
    return subject;
  }

  public String getContext() {
    return context;
  }

  public String getActions() {
    return actions;
  }

  public String getImpact() {
    return impact;
  }

  public String getContact() {
    return contact;
  }

  public CaseStudyState getState() {
    return state;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Set<Long> getAuthors() {
    return Set.copyOf(authors);
  }
}
