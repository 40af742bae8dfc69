package org.trustintranet.news.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trustintranet.news.domain.Comment;

/**
 * Comments and likes on posts. Whoever may read a published post comments on it (while its comments
 * are open) and likes it; a writer changes their comment within 15 minutes; the post's author and
 * editors hide a comment with a reason and close or reopen the comments. A post the caller may not
 * read is answered as one that does not exist ({@code error.news.notFound}), and so is a comment on
 * it.
 */
public interface CommentService {
  /** How many of those who like a post are named. */
  int LIKERS_SHOWN = 10;

  /** A post's comments and likes, as the current reader may see them. */
  DiscussionView discussion(long postId);

  /** Adds the current reader's comment (plain text; markup is dropped); returns its id. */
  long comment(long postId, @NotNull @Size(max = Comment.TEXT_LENGTH) String text);

  /** The writer changes their comment, within 15 minutes of writing it. */
  void editComment(long commentId, @NotNull @Size(max = Comment.TEXT_LENGTH) String text);

  /** A moderator hides a comment from other readers, saying why. */
  void hideComment(long commentId, @NotNull @Size(max = Comment.REASON_LENGTH) String reason);

  /** A moderator closes a post's comments (or reopens them). */
  void closeComments(long postId, boolean closed);

  /** The current reader likes the post (liking twice counts once). */
  void like(long postId);

  /** The current reader takes their like back. */
  void unlike(long postId);
}
