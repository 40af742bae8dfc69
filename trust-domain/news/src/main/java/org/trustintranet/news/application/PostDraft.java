package org.trustintranet.news.application;

import java.io.Serializable;

/** A post as its editor loads it for changing: the form, the version loaded, and its state. */
public record PostDraft(long id, long version, String state, PostForm form)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean draft() {
    return "DRAFT".equals(state);
  }
}
