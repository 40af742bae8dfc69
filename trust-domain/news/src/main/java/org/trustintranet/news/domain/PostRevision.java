package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of a post's edit history: who changed it (by name as they were called then; nobody for
 * the publishing job), when, and what the change did ({@link PostChange}s, and the title it had
 * before when the title changed). Written with the change, in its transaction; never changed after.
 * A change that changed nothing leaves no line.
 */
@Entity
@Table(name = "post_revision")
public class PostRevision {
  /** Room for every code of {@link PostChange}, comma-separated. */
  public static final int CHANGES_LENGTH = 300;

  public static final int EDITOR_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "revised_at", nullable = false)
  private Instant revisedAt;

  /** Who made the change; null for the publishing job. */
  @Column(name = "editor_id")
  private Long editorId;

  @Column(name = "editor_name", length = EDITOR_NAME_LENGTH)
  private String editorName;

  @Column(nullable = false, length = CHANGES_LENGTH)
  private String changes;

  @Column(name = "previous_title", length = Post.TITLE_LENGTH)
  private String previousTitle;

  protected PostRevision() {}

  private PostRevision(
      long postId,
      Instant revisedAt,
      Long editorId,
      String editorName,
      Set<PostChange> changes,
      String previousTitle) {
    this.postId = postId;
    this.revisedAt = revisedAt;
    this.editorId = editorId;
    this.editorName = editorName == null ? null : clip(editorName, EDITOR_NAME_LENGTH);
    this.changes = changes.stream().map(PostChange::code).collect(Collectors.joining(","));
    this.previousTitle = previousTitle;
  }

  /**
   * The history line for a change of post {@code postId} from {@code before} (null for a new post)
   * to {@code after}, made by {@code editorId} called {@code editorName} (both null for the
   * publishing job); none when the change changed nothing.
   */
  public static Optional<PostRevision> of(
      long postId,
      PostSnapshot before,
      PostSnapshot after,
      Long editorId,
      String editorName,
      Instant at) {
    Set<PostChange> changed = after.changesSince(before);
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    String previousTitle = changed.contains(PostChange.TITLE) ? before.title() : null;
    return Optional.of(new PostRevision(postId, at, editorId, editorName, changed, previousTitle));
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** What the change did, in the order of {@link PostChange}. */
  public List<PostChange> changes() {
    return Arrays.stream(changes.split(",")).map(PostChange::ofCode).toList();
  }

  /** True when the publishing job made the change, not a person. */
  public boolean bySystem() {
    return editorId == null;
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public Instant getRevisedAt() {
    return revisedAt;
  }

  public Long getEditorId() {
    return editorId;
  }

  public String getEditorName() {
    return editorName;
  }

  public String getPreviousTitle() {
    return previousTitle;
  }
}
