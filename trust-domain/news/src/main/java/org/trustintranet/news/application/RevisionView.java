package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a post's edit history as its editors see it: when, who (their name as it was then;
 * null when the publishing job made the change), what the change did as codes (the screens' words
 * are {@code news.history.change.<code>}: "title", "body", "published" ...), and the title before
 * when the title changed.
 */
public record RevisionView(
    Instant revisedAt, String editorName, List<String> changes, String previousTitle)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RevisionView {
    changes = List.copyOf(changes);
  }

  /** True when the publishing job made the change, not a person. */
  public boolean bySystem() {
    return editorName == null;
  }
}
