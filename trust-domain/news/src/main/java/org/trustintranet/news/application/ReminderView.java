package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The last must-read reminder of a post, as its author and editors see it.
 *
 * @param sentAt when it went
 * @param sentBy who sent it
 * @param recipients to how many readers
 * @param nextAllowedAt the earliest time of the next reminder
 */
public record ReminderView(Instant sentAt, String sentBy, int recipients, Instant nextAllowedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
