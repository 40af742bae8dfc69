package org.trustintranet.news.application;

import java.io.Serializable;
import java.util.List;

/**
 * A post's comments and likes as the current reader sees them, with what the reader may do: comment
 * (while open), like, or moderate (hide comments, close or reopen them). {@code likedBy} names the
 * first {@link CommentService#LIKERS_SHOWN} who like the post; {@code likes} counts all.
 */
public record DiscussionView(
    List<CommentView> comments,
    boolean closed,
    boolean mayComment,
    boolean mayModerate,
    int likes,
    boolean likedByMe,
    boolean mayLike,
    List<String> likedBy)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public DiscussionView {
    comments = List.copyOf(comments);
    likedBy = List.copyOf(likedBy);
  }

  /** The names of those who like it, as one line ("Ann Lee, Tom Fletcher"). */
  public String likedByLine() {
    return String.join(", ", likedBy);
  }

  /** How many like it beyond those named. */
  public int othersLiking() {
    return likes - likedBy.size();
  }
}
