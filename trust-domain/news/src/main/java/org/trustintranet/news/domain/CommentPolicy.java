package org.trustintranet.news.domain;

import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may comment on and like a post, and who moderates its comments: the one place these rules are
 * written. Anyone who may read a published post comments (while its comments are open) and likes
 * it; its author and those who may edit it hide comments and close or reopen them.
 */
public final class CommentPolicy {
  private CommentPolicy() {}

  /** Writing a comment: a reader of the published post, while its comments are open. */
  public static boolean mayComment(UserProfile person, Post post, boolean closed) {
    return !closed && mayLike(person, post);
  }

  /** Liking a post (and taking the like back): a reader of the published post. */
  public static boolean mayLike(UserProfile person, Post post) {
    return !person.isAnonymous() && post.isPublished() && NewsPolicy.mayRead(person, post);
  }

  /** Hiding comments and closing or reopening them: the post's author and its editors. */
  public static boolean mayModerate(UserProfile person, Post post) {
    return NewsPolicy.maySeeAcknowledgements(person, post);
  }
}
