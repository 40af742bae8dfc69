package org.trustintranet.news.domain;

import java.time.Instant;

/**
 * Who may comment on and like a post, and who moderates its comments: the one place these rules are
 * written. Anyone who may read a published post comments (while its comments are open) and likes
 * it; its author and those who may edit it hide comments and close or reopen them.
 */
public final class CommentPolicy {
  private CommentPolicy() {}

  /** Writing a comment: whoever may read the post while it is visible, its comments open. */
  public static boolean mayComment(Reader person, Post post, boolean closed, Instant now) {
    return !closed && mayLike(person, post, now);
  }

  /**
   * Liking a post (and taking the like back): whoever may read it, while it is visible to its
   * audience (published, not ended): not a draft, a scheduled or an ended post.
   */
  public static boolean mayLike(Reader person, Post post, Instant now) {
    return !person.isAnonymous() && post.isVisibleAt(now) && NewsPolicy.mayRead(person, post, now);
  }

  /** Hiding comments and closing or reopening them: the post's author and its editors. */
  public static boolean mayModerate(Reader person, Post post) {
    return NewsPolicy.maySeeAcknowledgements(person, post);
  }
}
