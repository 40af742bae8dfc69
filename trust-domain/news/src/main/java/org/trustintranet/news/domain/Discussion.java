package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether a post's comments are open. A post has none until someone closes (or reopens) its
 * comments: no discussion means open.
 */
@Entity
@Table(name = "post_discussion")
public class Discussion {
  @Id
  @Column(name = "post_id")
  private Long postId;

  @Column(nullable = false)
  private boolean closed;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  private long changedBy;

  @Version private long version;

  protected Discussion() {}

  public Discussion(long postId, boolean closed, long by, Instant now) {
    this.postId = postId;
    this.closed = closed;
    this.changedBy = by;
    this.changedAt = now;
  }

  /** Closes or reopens the comments; the same state again changes nothing. */
  public void close(boolean close, long by, Instant now) {
    if (closed != close) {
      closed = close;
      changedBy = by;
      changedAt = now;
    }
  }

  public boolean isClosed() {
    return closed;
  }

  public Long getPostId() {
    return postId;
  }
}
