package org.trustintranet.news.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where comments, the open or closed state of a post's comments, and likes are kept. */
public interface CommentRepository {
  Optional<Comment> find(long id);

  void add(Comment comment);

  /** A post's comments, oldest first. One statement. */
  List<Comment> ofPost(long postId);

  Optional<Discussion> discussion(long postId);

  void add(Discussion discussion);

  /** Writes pending changes now; a concurrent change surfaces as ConcurrentChangeException. */
  void flush();

  /** Notes that the person likes the post (once; a second like changes nothing). */
  void like(long postId, long personId, Instant at);

  /** Takes the person's like back, if they had given one. */
  void unlike(long postId, long personId);

  /** Who likes the post, earliest first. */
  List<Long> likers(long postId);
}
