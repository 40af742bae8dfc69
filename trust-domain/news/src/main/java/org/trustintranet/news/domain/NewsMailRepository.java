package org.trustintranet.news.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The news context's mail records: digest choices and must-read reminders. */
public interface NewsMailRepository {
  Optional<DigestSubscription> subscription(long personId);

  Optional<DigestSubscription> subscriptionByToken(String token);

  void add(DigestSubscription subscription);

  /** Everyone who chose a digest (daily or weekly), by person. */
  List<DigestSubscription> subscribers();

  /**
   * The published posts that went out from {@code from} to {@code to}, both included, newest first,
   * audiences loaded.
   */
  List<Post> publishedBetween(Instant from, Instant to);

  /** The last reminder sent for the post, if any. */
  Optional<Reminder> lastReminder(long postId);

  void add(Reminder reminder);
}
