package org.trustintranet.news.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.domain.PageRequest;

/**
 * Trust news. Everyone signed in reads the posts aimed at them; trust admins and news editors
 * publish to any audience, school admins to their own schools. A post the caller may not read is
 * answered as one that does not exist ({@code error.news.notFound}), whichever way it is asked for.
 */
public interface NewsService {
  /** Where the current user may publish (nothing, for most staff). */
  PublishingScope publishingScope();

  /** Saves a new post as a draft, seen only by those who may publish to its audience. */
  long saveDraft(@NotNull @Valid PostForm form);

  /**
   * Publishes a new post to its audience now, or schedules it for the form's publishing time (then
   * the publishing job shows it at that time).
   */
  long publish(@NotNull @Valid PostForm form);

  /** A post as its editor loads it to change it. */
  PostDraft draft(long id);

  /**
   * Saves changes (and the end date and tags) to the version the editor loaded; fails if someone
   * changed it since. A scheduled post given another publishing time is scheduled for it; given
   * none, it goes back to being a draft.
   */
  void revise(long id, long loadedVersion, @NotNull @Valid PostForm form);

  /**
   * Saves changes to a draft or scheduled post, as {@link #revise}, and publishes it now or
   * schedules it for the form's publishing time.
   */
  void publishDraft(long id, long loadedVersion, @NotNull @Valid PostForm form);

  /** Takes a post down: no reader sees it any more. */
  void archive(long id, long loadedVersion);

  /**
   * The current user's feed: the published, not yet ended posts aimed at them, narrowed by the
   * filter, pinned first, newest first.
   */
  FeedSlice feed(@NotNull FeedFilter filter, @NotNull PageRequest page);

  /**
   * "You may also like": up to three other posts sharing a tag with post {@code id} that the
   * current user may read, newest first; for whoever may read that post.
   */
  List<FeedItem> related(long id);

  /**
   * The latest (up to five) published posts to the members of network {@code networkId} that the
   * current user reads as one of them (none for someone who does not belong to it), and whether
   * they may post to its members (its leads).
   */
  NetworkNewsView networkNews(long networkId);

  /**
   * The current user's search of the news: the posts they may read (exactly those {@link #feed}
   * shows them) whose title, summary, tags or body hold the words of {@code query}, best matches
   * first, through the database's full-text index. What the user typed is taken as words only:
   * search operators and punctuation are spaces ({@code SearchQuery} in the domain). A query
   * without a word finds nothing.
   *
   * @throws org.trustintranet.kernel.domain.BusinessException {@code error.search.tooLong} when the
   *     query is longer than {@code SearchQuery.MAX_LENGTH} characters
   */
  FeedSlice search(@NotNull String query, @NotNull PageRequest page);

  /** Opens a post (the reader's read mark is noted). */
  PostView read(long id);

  /**
   * A post's edit history, newest first: who changed what, when. For those who may edit the post
   * (refused as {@link #draft} is refused to others), whatever its state.
   */
  List<RevisionView> history(long id);

  /**
   * An author as their page introduces them (name, job title, schools), for anyone signed in; empty
   * when nobody has this id. Their posts are the feed narrowed to them ({@link FeedFilter#author}),
   * so a reader sees exactly those aimed at them.
   */
  Optional<AuthorView> author(long personId);
}
