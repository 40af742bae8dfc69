package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A comment as the current reader sees it. {@code body} is safe HTML, or null when the comment is
 * hidden from this reader; {@code hiddenReason} is shown to its writer and the moderators. {@code
 * editableText} is what the writer typed, while they may still change it (null otherwise).
 */
public record CommentView(
    long id,
    String authorName,
    String authorJobTitle,
    String body,
    Instant createdAt,
    boolean edited,
    boolean hidden,
    String hiddenReason,
    boolean mine,
    String editableText,
    boolean mayHide)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean mayEdit() {
    return editableText != null;
  }
}
