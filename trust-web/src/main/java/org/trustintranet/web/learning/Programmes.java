package org.trustintranet.web.learning;

import org.trustintranet.web.support.Feedback;

/** How the learning pages say a programme's cost. */
final class Programmes {
  private Programmes() {}

  /** "Free", or "£75.00". */
  static String cost(Feedback feedback, int pence) {
    return pence == 0
        ? feedback.text("learning.cost.free")
        : feedback.text("learning.cost.amount", BookletPdf.pounds(pence));
  }
}
