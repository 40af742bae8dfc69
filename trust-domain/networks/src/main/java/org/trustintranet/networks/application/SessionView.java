package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A session as a member sees it in a list: when, where (a room and its school, or an online link),
 * places taken and free, the waiting list's length, and the asker's own place (null: none).
 */
public record SessionView(
    long id,
    long networkId,
    String networkName,
    String title,
    String agenda,
    Instant start,
    Instant end,
    String place,
    Long roomId,
    String onlineLink,
    int capacity,
    int booked,
    int waiting,
    boolean cancelled,
    String myPlace)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public int free() {
    return Math.max(0, capacity - booked);
  }
}
