package org.trustintranet.resources.application;

import java.io.Serializable;

/** A resource as another context names it: its id and title, nothing more. */
public record ResourceTitle(long id, String title) implements Serializable {
  private static final long serialVersionUID = 1L;
}
