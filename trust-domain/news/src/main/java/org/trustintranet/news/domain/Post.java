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
import java.util.Set;

/**
 * A news post: its content, its audience, its author and where it is in its life. Changes only
 * through actions ({@link #revise}, {@link #publish}, {@link #archive}), each of which records who
 * made it and when; the version guards against two editors overwriting each other.
 */
@Entity
@Table(name = "post")
@NamedQuery(
    name = "Post.feed",
    query =
        "select new org.trustintranet.news.domain.PostSummary(p.id, p.title, p.summary,"
            + " p.authorId, p.pinned, p.mustRead, p.publishedAt) from Post p"
            + " where p.state = org.trustintranet.news.domain.PostState.PUBLISHED"
            + " and p.id in (select q.id from Post q join q.audienceKeys k where k in :keys)"
            + " order by p.pinned desc, p.publishedAt desc, p.id desc")
@NamedQuery(
    name = "Post.feedCount",
    query =
        "select count(p) from Post p"
            + " where p.state = org.trustintranet.news.domain.PostState.PUBLISHED"
            + " and p.id in (select q.id from Post q join q.audienceKeys k where k in :keys)")
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

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PostState state;

  @Column(nullable = false)
  private boolean pinned;

  @Column(name = "must_read", nullable = false)
  private boolean mustRead;

  @Column(name = "published_at")
  private Instant publishedAt;

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

  /** Shows the post to its audience from now on; publishing a published post changes nothing. */
  public void publish(long by, Instant now) {
    if (state == PostState.ARCHIVED) {
      throw new IllegalStateException("an archived post is not published again");
    }
    if (state == PostState.DRAFT) {
      state = PostState.PUBLISHED;
      publishedAt = now;
      touch(by, now);
    }
  }

  /** Takes the post down: no reader sees it any more; it is kept with its read marks. */
  public void archive(long by, Instant now) {
    if (state != PostState.ARCHIVED) {
      state = PostState.ARCHIVED;
      pinned = false;
      touch(by, now);
    }
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
    touch(by, now);
  }

  private void touch(long by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Audience audience() {
    return Audience.fromKeys(audienceKeys);
  }

  public PostContent content() {
    return new PostContent(title, summary, body, pinned, mustRead);
  }

  public boolean isPublished() {
    return state == PostState.PUBLISHED;
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

  public long getVersion() {
    return version;
  }
}
