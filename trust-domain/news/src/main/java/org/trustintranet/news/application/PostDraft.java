package org.trustintranet.news.application;

import java.io.Serializable;

/**
 * A post as its editor loads it for changing: the form (with its publishing time, end date and
 * tags), the version loaded, and its state.
 */
public record PostDraft(long id, long version, String state, PostForm form)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Not yet shown to readers: a draft or a scheduled post (it may still be published now). */
  public boolean draft() {
    return "DRAFT".equals(state) || scheduled();
  }

  public boolean scheduled() {
    return "SCHEDULED".equals(state);
  }
}
