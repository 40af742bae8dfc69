package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;

/**
 * A reader's comment on a post. Its writer may change it for {@link #EDIT_WINDOW} after writing it;
 * the post's author and editors hide it with a reason (the writer still sees it, with the reason;
 * others see that a comment was hidden). A comment is never deleted.
 */
@Entity
@Table(name = "post_comment")
@NamedQuery(
    name = "Comment.ofPost",
    query = "select c from Comment c where c.postId = :post order by c.createdAt, c.id")
@NamedQuery(
    name = "Comment.countOfPost",
    query = "select count(c) from Comment c where c.postId = :post")
public class Comment {
  /** The longest comment, in characters as stored (escaped text with line breaks). */
  public static final int BODY_LENGTH = 5_000;

  /** The longest text a person types, before escaping. */
  public static final int TEXT_LENGTH = 2_000;

  public static final int REASON_LENGTH = 500;

  /** How long after writing a comment its writer may change it. */
  public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(nullable = false, length = BODY_LENGTH)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_by")
  private Long hiddenBy;

  @Column(name = "hidden_reason", length = REASON_LENGTH)
  private String hiddenReason;

  @Version private long version;

  protected Comment() {}

  /** A new comment by {@code authorId}; {@code body} is already sanitised. */
  public Comment(long postId, long authorId, String body, Instant now) {
    this.postId = postId;
    this.authorId = authorId;
    this.body = checkedBody(body);
    this.createdAt = now;
  }

  /**
   * True while {@code personId} may change the comment: its writer, within the window, not hidden.
   */
  public boolean editableBy(long personId, Instant now) {
    return personId == authorId && !isHidden() && now.isBefore(createdAt.plus(EDIT_WINDOW));
  }

  /** The writer changes what the comment says, within {@link #EDIT_WINDOW} of writing it. */
  public void edit(long by, String newBody, Instant now) {
    if (by != authorId) {
      throw new NotPermittedException();
    }
    if (isHidden()) {
      throw new BusinessException("error.comment.hidden");
    }
    if (!now.isBefore(createdAt.plus(EDIT_WINDOW))) {
      throw new BusinessException("error.comment.editWindow", EDIT_WINDOW.toMinutes());
    }
    this.body = checkedBody(newBody);
    this.editedAt = now;
  }

  /** Hides the comment from other readers, saying why; hiding a hidden comment changes nothing. */
  public void hide(long by, String reason, Instant now) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BusinessException("error.comment.reasonRequired");
    }
    if (why.length() > REASON_LENGTH) {
      throw new BusinessException("error.comment.reasonTooLong", REASON_LENGTH);
    }
    if (!isHidden()) {
      this.hiddenAt = now;
      this.hiddenBy = by;
      this.hiddenReason = why;
    }
  }

  private static String checkedBody(String body) {
    if (body == null || body.isBlank()) {
      throw new BusinessException("error.comment.empty");
    }
    if (body.length() > BODY_LENGTH) {
      throw new BusinessException("error.comment.tooLong", TEXT_LENGTH);
    }
    return body;
  }

  public boolean isHidden() {
    return hiddenAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public long getAuthorId() {
    return authorId;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public Instant getHiddenAt() {
    return hiddenAt;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public long getVersion() {
    return version;
  }
}
