package org.trustintranet.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A must-read reminder sent to the readers who had not acknowledged the post. One per post per
 * {@link #INTERVAL} at most: staff told twice in an hour stop reading reminders.
 */
@Entity
@Table(name = "post_reminder")
public class Reminder {
  /** The least time between two reminders of one post. */
  public static final Duration INTERVAL = Duration.ofHours(24);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false)
  private long sentBy;

  @Column(nullable = false)
  private int recipients;

  protected Reminder() {}

  private Reminder(long postId, Instant sentAt, long sentBy, int recipients) {
    this.postId = postId;
    this.sentAt = sentAt;
    this.sentBy = sentBy;
    this.recipients = recipients;
  }

  /**
   * A reminder of post {@code postId} (a must-read, or it is refused) to {@code recipients}
   * readers, if the last one ({@code previous}) is old enough and someone is left to remind.
   *
   * @throws BusinessException {@code error.news.reminderTooSoon} within the interval, {@code
   *     error.news.nobodyToRemind} when everyone has acknowledged, {@code error.news.notMustRead}
   */
  public static Reminder of(
      long postId,
      boolean mustRead,
      Optional<Reminder> previous,
      int recipients,
      long by,
      Instant now) {
    if (!mustRead) {
      throw new BusinessException("error.news.notMustRead");
    }
    if (previous.isPresent() && previous.get().nextAllowedAt().isAfter(now)) {
      throw new BusinessException("error.news.reminderTooSoon");
    }
    if (recipients == 0) {
      throw new BusinessException("error.news.nobodyToRemind");
    }
    return new Reminder(postId, now, by, recipients);
  }

  /** The earliest time the next reminder of this post may go. */
  public Instant nextAllowedAt() {
    return sentAt.plus(INTERVAL);
  }

  public long getPostId() {
    return postId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public long getSentBy() {
    return sentBy;
  }

  public int getRecipients() {
    return recipients;
  }
}
