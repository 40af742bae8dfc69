package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A session's page: the session, and for its network's leads the places (booked, then waiting);
 * with what the asker may do (sign up, give their place back, take attendance).
 */
public record SessionDetail(
    SessionView session,
    List<PlaceLine> places,
    boolean maySignUp,
    boolean mayCancelPlace,
    boolean mayTakeAttendance)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public SessionDetail {
    places = List.copyOf(places);
  }
}
