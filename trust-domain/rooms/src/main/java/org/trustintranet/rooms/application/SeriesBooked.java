package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.util.List;

/**
 * What booking a series did: the new series' id (0 when nothing was booked), how many of its dates
 * were booked, and the dates not booked (clashing or closed when the room was locked), with why.
 */
public record SeriesBooked(long seriesId, int booked, List<OccurrenceView> skipped)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public SeriesBooked {
    skipped = List.copyOf(skipped);
  }
}
