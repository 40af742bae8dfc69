package org.trustintranet.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A news post: its content, its audience, its tags, its author and where it is in its life. Changes
 * only through actions ({@link #revise}, {@link #schedule}, {@link #publish}, {@link #endAt},
 * {@link #archive}; the publishing job's {@link #publishIfDue} and {@link #expireIfDue}), each of
 * which records who made it and when; the version guards against two editors overwriting each
 * other. A reader sees a post only while it {@link #isVisibleAt is visible}: published and not past
 * its end date.
 */
@Entity
@Table(name = "post")
@NamedQuery(
    name = "Post.due",
    query =
        "select p from Post p where (p.state = org.trustintranet.news.domain.PostState.SCHEDULED"
            + " and p.publishAt <= :now) or (p.state = org.trustintranet.news.domain.PostState.PUBLISHED"
            + " and p.expiresAt <= :now) order by p.id")
public class Post {
  public static final int TITLE_LENGTH = 200;
  public static final int SUMMARY_LENGTH = 500;

  /** The longest body, in characters of sanitised HTML. */
  public static final int BODY_LENGTH = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(length = SUMMARY_LENGTH)
  private String summary;

  @Lob
  @Column(nullable = false)
  private String body;

  /**
   * Title, summary, tags and the body's words as plain text ({@link SearchText}): what the news
   * search finds a post by, through the database's full-text index. Kept up to date by {@link
   * #write} and {@link #tag}.
   */
  @Lob
  @Column(name = "search_text")
  private String searchText;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PostState state;

  @Column(nullable = false)
  private boolean pinned;

  @Column(name = "must_read", nullable = false)
  private boolean mustRead;

  /** Shown in the public trust feed too (only ever for a post to everyone in the trust). */
  @Column(name = "public_feed", nullable = false)
  private boolean publicFeed;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** When a scheduled post is to be published (kept once it is). */
  @Column(name = "publish_at")
  private Instant publishAt;

  /** When the post leaves the feed and its readers' reach; none when it stays. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "post_audience", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "audience_key", nullable = false, length = Audience.KEY_LENGTH)
  private Set<String> audienceKeys = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "tag", nullable = false, length = Tags.TAG_LENGTH)
  private Set<String> tags = new HashSet<>();

  /** The banner image's bytes in the file store; the banner_* columns are all null without one. */
  @Column(name = "banner_content_id", length = 64)
  private String bannerContentId;

  @Column(name = "banner_type", length = 20)
  private String bannerType;

  @Column(name = "banner_size")
  private Long bannerSize;

  @Column(name = "banner_width")
  private Integer bannerWidth;

  @Column(name = "banner_height")
  private Integer bannerHeight;

  @Column(name = "banner_alt", length = Banner.ALT_LENGTH)
  private String bannerAlt;

  @Version private long version;

  protected Post() {}

  /** A new draft, written by {@code authorId}. */
  public Post(long authorId, PostContent content, Audience audience, Instant now) {
    this.authorId = authorId;
    this.state = PostState.DRAFT;
    this.createdAt = now;
    write(content, audience, authorId, now);
  }

  /** Changes what the post says and who it is for; its state stays as it is. */
  public void revise(PostContent content, Audience audience, long by, Instant now) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not revised");
    }
    write(content, audience, by, now);
  }

  /**
   * Shows the post to its audience from now on; publishing a published (or expired) post changes
   * nothing. A scheduled post is published now instead of at its time.
   *
   * @throws BusinessException {@code error.news.expiresPast} when its end date has passed
   */
  public void publish(long by, Instant now) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not published again");
    }
    if (state == PostState.DRAFT || state == PostState.SCHEDULED) {
      if (expiresAt != null && !expiresAt.isAfter(now)) {
        throw new BusinessException("error.news.expiresPast");
      }
      state = PostState.PUBLISHED;
      publishedAt = now;
      publishAt = now;
      touch(by, now);
    }
  }

  /**
   * Schedules a draft (or moves a scheduled post): the publishing job publishes it at {@code at}.
   *
   * @throws BusinessException {@code error.news.publishAtPast} when {@code at} is not in the
   *     future, {@code error.news.expiresBeforePublish} when the post's end date is not after it,
   *     {@code error.news.notADraft} when the post is already published
   */
  public void schedule(Instant at, long by, Instant now) {
    if (state != PostState.DRAFT && state != PostState.SCHEDULED) {
      throw new BusinessException("error.news.notADraft");
    }
    if (at == null || !at.isAfter(now)) {
      throw new BusinessException("error.news.publishAtPast");
    }
    if (expiresAt != null && !expiresAt.isAfter(at)) {
      throw new BusinessException("error.news.expiresBeforePublish");
    }
    state = PostState.SCHEDULED;
    publishAt = at;
    touch(by, now);
  }

  /** Takes a scheduled post back to a draft: it will not be published by itself. */
  public void unschedule(long by, Instant now) {
    if (state == PostState.SCHEDULED) {
      state = PostState.DRAFT;
      publishAt = null;
      touch(by, now);
    }
  }

  /**
   * Sets (or, with null, removes) the date after which readers no longer see the post. An expired
   * post given a later end date (or none) is shown again.
   *
   * @throws BusinessException {@code error.news.expiresBeforePublish} when it is not after the
   *     post's publishing time, {@code error.news.expiresPast} when a new end date has passed
   */
  public void endAt(Instant end, long by, Instant now) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not changed");
    }
    if (end != null && !end.equals(expiresAt)) {
      Instant start = state == PostState.SCHEDULED ? publishAt : publishedAt;
      if (start != null && !end.isAfter(start)) {
        throw new BusinessException("error.news.expiresBeforePublish");
      }
      if (!end.isAfter(now)) {
        throw new BusinessException("error.news.expiresPast");
      }
    }
    expiresAt = end;
    if (state == PostState.EXPIRED && (end == null || end.isAfter(now))) {
      state = PostState.PUBLISHED;
    }
    touch(by, now);
  }

  /** Replaces the post's tags. */
  public void tag(Tags newTags) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not changed");
    }
    tags.retainAll(newTags.values());
    tags.addAll(newTags.values());
    refreshSearchText();
  }

  /**
   * The publishing job: a scheduled post whose time has come is published, dated at its set time
   * (however late the job runs), and expired at once if its end date has passed too.
   *
   * @return true when this changed the post
   */
  public boolean publishIfDue(Instant now) {
    if (state != PostState.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
      return false;
    }
    state = PostState.PUBLISHED;
    publishedAt = publishAt;
    expireIfDue(now);
    return true;
  }

  /**
   * The publishing job: a published post past its end date leaves its readers' reach.
   *
   * @return true when this changed the post
   */
  public boolean expireIfDue(Instant now) {
    if (state != PostState.PUBLISHED || expiresAt == null || expiresAt.isAfter(now)) {
      return false;
    }
    state = PostState.EXPIRED;
    return true;
  }

  /**
   * True when readers of its audience see the post at {@code now}: published and not past its end
   * date (even before the publishing job has marked it expired).
   */
  public boolean isVisibleAt(Instant now) {
    return state == PostState.PUBLISHED && (expiresAt == null || expiresAt.isAfter(now));
  }

  /** The state as its editors should see it at {@code now} (expired as soon as it has ended). */
  public PostState stateAt(Instant now) {
    return state == PostState.PUBLISHED && !isVisibleAt(now) ? PostState.EXPIRED : state;
  }

  /** Takes the post down: no reader sees it any more; it is kept with its read marks. */
  public void archive(long by, Instant now) {
    if (state != PostState.ARCHIVED) {
      state = PostState.ARCHIVED;
      pinned = false;
      touch(by, now);
    }
  }

  /**
   * Shows {@code banner} above the post (replacing any it had), or with null shows none. A change
   * of banner is a change of the post: it is made by {@code by}, and moves the post's version on.
   */
  public void showBanner(Banner banner, long by, Instant now) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not changed");
    }
    if (Objects.equals(banner, banner().orElse(null))) {
      return;
    }
    bannerContentId = banner == null ? null : banner.contentId();
    bannerType = banner == null ? null : banner.mediaType();
    bannerSize = banner == null ? null : banner.size();
    bannerWidth = banner == null ? null : banner.width();
    bannerHeight = banner == null ? null : banner.height();
    bannerAlt = banner == null ? null : banner.alt();
    touch(by, now);
  }

  /** The banner image shown above the post, if it has one. */
  public Optional<Banner> banner() {
    if (bannerContentId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Banner(bannerContentId, bannerType, bannerSize, bannerWidth, bannerHeight, bannerAlt));
  }

  /**
   * Shows the post in the public trust feed (without sign-in) while it is visible, or stops showing
   * it there.
   *
   * @throws BusinessException {@code error.news.publicNeedsWholeTrust} when the post is not for
   *     everyone in the trust
   */
  public void showInPublicFeed(boolean shown) {
    if (shown && !audience().isEveryone()) {
      throw new BusinessException("error.news.publicNeedsWholeTrust");
    }
    publicFeed = shown;
  }

  private void write(PostContent content, Audience audience, long by, Instant now) {
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.pinned = content.pinned();
    this.mustRead = content.mustRead();
    Set<String> keys = audience.keys();
    audienceKeys.retainAll(keys);
    audienceKeys.addAll(keys);
    refreshSearchText();
    if (!audience.isEveryone()) {
      publicFeed = false;
    }
    touch(by, now);
  }

  private void refreshSearchText() {
    searchText = SearchText.of(title, summary, body, tags().values());
  }

  private void touch(long by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Audience audience() {
    return Audience.fromKeys(audienceKeys);
  }

  /** The post as it is now, to compare with after a change (the edit history). */
  public PostSnapshot snapshot() {
    return new PostSnapshot(
        title,
        summary,
        body,
        audienceKeys,
        tags().values(),
        pinned,
        mustRead,
        publicFeed,
        publishAt,
        expiresAt,
        state);
  }

  public PostContent content() {
    return new PostContent(title, summary, body, pinned, mustRead);
  }

  public boolean isPublished() {
    return state == PostState.PUBLISHED;
  }

  public Tags tags() {
    return Tags.of(tags.stream().sorted().toList());
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public long getAuthorId() {
    return authorId;
  }

  public PostState getState() {
    return state;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isPublicFeed() {
    return publicFeed;
  }

  public boolean isMustRead() {
    return mustRead;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getUpdatedBy() {
    return updatedBy;
  }

  /** What the news search finds the post by. */
  public String getSearchText() {
    return searchText;
  }

  public long getVersion() {
    return version;
  }
}
