package org.trustintranet.news.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.domain.SearchQuery;

/** Where posts and their read marks are kept. */
public interface NewsRepository {
  Optional<Post> find(long id);

  void add(Post post);

  /** Writes pending changes now; a concurrent change surfaces as ConcurrentChangeException. */
  void flush();

  /**
   * One page of the posts visible at {@code now} whose audience shares a key with {@code
   * readerKeys} (narrowed by {@code filter}): pinned first, then newest first. One statement,
   * whatever the number of posts.
   */
  List<PostSummary> feed(
      Set<String> readerKeys, PostFilter filter, Instant now, int offset, int limit);

  /**
   * Up to {@code limit} posts visible at {@code now} to a reader with {@code readerKeys}, other
   * than {@code excludedId}, that carry one of {@code tags}: in the feed's order, one statement.
   */
  List<PostSummary> sharingTags(
      Set<String> readerKeys, Collection<String> tags, long excludedId, Instant now, int limit);

  /**
   * One page of the posts visible at {@code now} whose audience shares a key with {@code
   * readerKeys} (the feed's rule, see {@link #feed}) and whose search text ({@link SearchText})
   * holds the query's words, through the database's own full-text index: on MySQL/MariaDB the best
   * matches first, then newest first; on H2, whose index does not rank, the posts holding every
   * word, newest first. One statement, and no text scan.
   */
  List<PostSummary> search(
      Set<String> readerKeys, SearchQuery query, Instant now, int offset, int limit);

  /**
   * The newest posts visible at {@code now} whose audience shares a key with {@code readerKeys}
   * (the same rule as {@link #feed}), newest first, pinned or not; only those marked for the public
   * feed when {@code publicOnly}. One statement.
   */
  List<Post> latest(Set<String> readerKeys, boolean publicOnly, Instant now, int limit);

  /** The tags of each of these posts (one statement), sorted. */
  Map<Long, List<String>> tagsOf(Collection<Long> postIds);

  /** Scheduled posts whose time has come and published posts past their end date. */
  List<Post> due(Instant now);

  /** Notes that the person opened the post (once; later opens change nothing). */
  void markRead(long postId, long personId, Instant at);

  /** Notes that the person acknowledged the post, if they had not yet; true if this did. */
  boolean acknowledge(long postId, long personId, Instant at);

  /** Which of these posts the person has opened. */
  Set<Long> readAmong(long personId, Collection<Long> postIds);

  /** When the person acknowledged the post, if they did. */
  Optional<Instant> acknowledgedAt(long postId, long personId);

  /** Everyone who has acknowledged the post, and when. */
  Map<Long, Instant> acknowledgementsOf(long postId);
}
