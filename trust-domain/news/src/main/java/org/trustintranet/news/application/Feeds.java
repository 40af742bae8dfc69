package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.NewsRepository;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostFilter;
import org.trustintranet.news.domain.PostSummary;
import org.trustintranet.news.domain.Reader;

/**
 * Builds a page of a reader's feed in a bounded number of statements, whatever the number of posts:
 * the page (with one post more, to know whether more follow), the reader's read marks, the tags and
 * the authors of the page's posts, one statement each. Nothing counts all the reader's posts. The
 * news search lists its matches the same way, for the same reader keys.
 */
@ApplicationScoped
class Feeds {
  @Inject NewsRepository posts;
  @Inject PeopleService people;
  @Inject Clock clock;

  FeedSlice feed(Reader me, FeedFilter filter, PageRequest page) {
    PostFilter narrowed = new PostFilter(filter.schoolId(), filter.tag(), filter.authorId());
    Set<String> keys = narrowed.narrow(me.keys());
    Instant now = clock.instant();
    List<PostSummary> fetched = posts.feed(keys, narrowed, now, page.offset(), page.limit() + 1);
    return slice(me, fetched, page);
  }

  /**
   * One page of the posts the reader may read (by the feed's rule: the same keys, the same time)
   * that hold the query's words, best matches first; nothing at all for an empty query.
   */
  FeedSlice search(Reader me, SearchQuery query, PageRequest page) {
    if (query.isEmpty()) {
      return new FeedSlice(List.of(), false);
    }
    Set<String> keys = me.keys();
    List<PostSummary> fetched =
        posts.search(keys, query, clock.instant(), page.offset(), page.limit() + 1);
    return slice(me, fetched, page);
  }

  /**
   * Up to {@code limit} posts to the members of the network that the reader reads as one of them,
   * by the feed's rule (nothing for someone outside it).
   */
  List<FeedItem> ofNetwork(Reader me, long networkId, int limit) {
    Set<String> keys = me.keys();
    String network = Audience.networkKey(networkId);
    if (!keys.contains(network)) {
      return List.of();
    }
    List<PostSummary> rows =
        posts.feed(Set.of(network), PostFilter.NONE, clock.instant(), 0, limit);
    return rows.isEmpty() ? List.of() : items(me, rows);
  }

  /** The page's items, from the page's posts read with one more to know whether more follow. */
  private FeedSlice slice(Reader me, List<PostSummary> fetched, PageRequest page) {
    boolean more = fetched.size() > page.limit();
    List<PostSummary> rows = more ? fetched.subList(0, page.limit()) : fetched;
    if (rows.isEmpty()) {
      return new FeedSlice(List.of(), false);
    }
    return new FeedSlice(items(me, rows), more);
  }

  /**
   * Up to {@code limit} other posts sharing a tag with {@code post} that the reader may read now,
   * in the feed's order: "You may also like".
   */
  List<FeedItem> related(Reader me, Post post, int limit) {
    List<String> tags = post.tags().values();
    if (tags.isEmpty()) {
      return List.of();
    }
    List<PostSummary> rows =
        posts.sharingTags(me.keys(), tags, post.getId(), clock.instant(), limit);
    return rows.isEmpty() ? List.of() : items(me, rows);
  }

  /** The feed's items for these rows: read marks, tags and authors in three statements. */
  private List<FeedItem> items(Reader me, List<PostSummary> rows) {
    List<Long> ids = rows.stream().map(PostSummary::id).toList();
    Set<Long> read = posts.readAmong(me.personId(), ids);
    Map<Long, List<String>> tags = posts.tagsOf(ids);
    Map<Long, PersonSummary> authors =
        people.findAll(rows.stream().map(PostSummary::authorId).collect(Collectors.toSet()));
    List<FeedItem> items = new ArrayList<>();
    for (PostSummary row : rows) {
      PersonSummary author = authors.get(row.authorId());
      items.add(
          new FeedItem(
              row.id(),
              row.title(),
              row.summary(),
              row.authorId(),
              author == null ? "" : author.displayName(),
              author == null ? null : author.jobTitle(),
              row.publishedAt(),
              row.pinned(),
              row.mustRead(),
              !read.contains(row.id()),
              tags.getOrDefault(row.id(), List.of()),
              author == null ? null : String.join(", ", author.schoolNames())));
    }
    return items;
  }
}
