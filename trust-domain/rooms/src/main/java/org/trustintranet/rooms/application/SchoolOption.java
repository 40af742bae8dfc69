package org.trustintranet.rooms.application;

import java.io.Serializable;

/** A school where the current user may create rooms. */
public record SchoolOption(long id, String name) implements Serializable {
  private static final long serialVersionUID = 1L;
}
