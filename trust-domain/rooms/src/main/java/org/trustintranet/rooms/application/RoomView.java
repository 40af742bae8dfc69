package org.trustintranet.rooms.application;

import java.io.Serializable;
import java.util.List;

/**
 * A room as the screens show it, with its school's name and what the current user may do with it.
 * Facilities and sharing are named as in {@link RoomOptions}. Its photo's content id and text are
 * null when it has none.
 */
public record RoomView(
    long id,
    long schoolId,
    String schoolName,
    String name,
    int capacity,
    List<String> facilities,
    String location,
    String directions,
    String sharing,
    boolean approvalRequired,
    boolean archived,
    long version,
    boolean mayBook,
    boolean mayManage,
    String photoId,
    String photoAlt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RoomView {
    facilities = List.copyOf(facilities);
  }

  public boolean sharedWithTrust() {
    return RoomOptions.TRUST.equals(sharing);
  }
}
