package org.trustintranet.rooms.application;

import java.io.Serializable;

/** A room as its manager loads it to change it: the version loaded and the form filled in. */
public record RoomDraft(long id, long version, String schoolName, RoomForm form)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
