package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/** Someone's place at a session, for its leads: name, schools, booked or waiting, attended. */
public record PlaceLine(
    long personId, String name, List<String> schools, String state, Boolean attended)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PlaceLine {
    schools = List.copyOf(schools);
  }
}
