package org.trustintranet.kernel.application;

import java.util.List;

/**
 * Sends many mails without keeping the person who asked waiting (a must-read reminder to hundreds
 * of readers): handed over inside a transaction, they go out in the background once it commits, and
 * not at all if it rolls back. Mails that cannot be sent are logged, not retried.
 */
public interface MailOutbox {
  /** Sends {@code mails} once the current transaction commits (at once when there is none). */
  void sendAfterCommit(List<Mail> mails);
}
