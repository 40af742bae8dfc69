package org.trustintranet.news.application;

import java.util.List;

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
}
