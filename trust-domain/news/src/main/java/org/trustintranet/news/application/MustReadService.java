package org.trustintranet.news.application;

import java.util.List;
import java.util.Optional;

/**
 * Must-read posts: their readers acknowledge them with one click; the author and those who may edit
 * the post see how many have, per school, and who.
 */
public interface MustReadService {
  /** The current reader says they have read a must-read post aimed at them. */
  void acknowledge(long postId);

  /** How many of a must-read's readers have acknowledged it, per school of its audience. */
  List<AcknowledgementCount> acknowledgements(long postId);

  /**
   * Every reader of a must-read, school by school (in the order of the counts), names in order,
   * with when each acknowledged it: for the list its author and editors download. Whoever may see
   * the counts may see this.
   */
  List<ReaderAcknowledgement> readers(long postId);

  /**
   * Mails a reminder, in each reader's language, to every reader of a must-read who has not
   * acknowledged it yet; the mails go out in the background once this returns. At most one reminder
   * per post per day. Whoever may see the counts may remind.
   *
   * @return how many readers it goes to
   */
  int remind(long postId);

  /** The last reminder of a must-read, if one was sent: for those who may remind. */
  Optional<ReminderView> lastReminder(long postId);
}
