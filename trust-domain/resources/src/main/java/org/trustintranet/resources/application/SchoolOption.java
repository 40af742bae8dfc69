package org.trustintranet.resources.application;

import java.io.Serializable;

/** A school, by id and name: where someone may share a resource, or a search filter's value. */
public record SchoolOption(long id, String name) implements Serializable {
  private static final long serialVersionUID = 1L;
}
