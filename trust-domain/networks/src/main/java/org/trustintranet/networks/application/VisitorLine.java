package org.trustintranet.networks.application;

import java.io.Serializable;

/** A colleague coming to watch an open classroom, and the school they come from. */
public record VisitorLine(long personId, String name, String schoolName) implements Serializable {
  private static final long serialVersionUID = 1L;
}
