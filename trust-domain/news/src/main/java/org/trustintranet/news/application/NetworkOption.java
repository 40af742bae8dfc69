package org.trustintranet.news.application;

import java.io.Serializable;

/** A staff network whose members a post may be aimed at (one the author leads). */
public record NetworkOption(long id, String name) implements Serializable {
  private static final long serialVersionUID = 1L;
}
