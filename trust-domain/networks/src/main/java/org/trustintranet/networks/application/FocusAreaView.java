package org.trustintranet.networks.application;

import java.io.Serializable;

/** A focus area of the trust's list, with its Welsh name when the trust gave one. */
public record FocusAreaView(long id, String name, String welshName, boolean retired)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The name in the reader's language: Welsh when asked for and given, English otherwise. */
  public String nameIn(String language) {
    return "cy".equals(language) && !welshName.isEmpty() ? welshName : name;
  }
}
