package org.trustintranet.news.application;

import java.io.Serializable;

/** A school a post may be aimed at. */
public record SchoolOption(long id, String name) implements Serializable {
  private static final long serialVersionUID = 1L;
}
