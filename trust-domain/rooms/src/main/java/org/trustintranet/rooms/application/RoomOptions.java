package org.trustintranet.rooms.application;

import java.util.Arrays;
import java.util.List;
import org.trustintranet.rooms.domain.Facility;
import org.trustintranet.rooms.domain.Sharing;

/** The names a {@link RoomForm} may use, for the screens' choices (and their bundle keys). */
public final class RoomOptions {
  private RoomOptions() {}

  public static final List<String> FACILITIES =
      Arrays.stream(Facility.values()).map(Enum::name).toList();

  public static final List<String> SHARING =
      Arrays.stream(Sharing.values()).map(Enum::name).toList();

  public static final String TRUST = Sharing.TRUST.name();
  public static final String OWN_SCHOOL = Sharing.OWN_SCHOOL.name();
}
