package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class RoomDetailsTest {
  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void nameAndCapacityAreRequired() {
    assertEquals(
        "error.rooms.nameRequired",
        refusal(() -> new RoomDetails(" ", 10, Set.of(), null, null, Sharing.TRUST, false)));
    assertEquals(
        "error.rooms.capacityRange",
        refusal(() -> new RoomDetails("Hall", 0, Set.of(), null, null, Sharing.TRUST, false)));
    assertEquals(
        "error.rooms.nameTooLong",
        refusal(
            () ->
                new RoomDetails(
                    "x".repeat(RoomDetails.NAME_LENGTH + 1),
                    10,
                    Set.of(),
                    null,
                    null,
                    Sharing.TRUST,
                    false)));
  }

  @Test
  void blanksBecomeNothingAndFacilitiesSurviveTheRoom() {
    RoomDetails d =
        new RoomDetails(
            " Hall ",
            120,
            EnumSet.of(Facility.KITCHEN, Facility.HEARING_LOOP),
            "  ",
            null,
            Sharing.OWN_SCHOOL,
            true);
    assertEquals("Hall", d.name());
    assertNull(d.location());
    Room room = new Room(1, d, Rooms.NOW);
    assertEquals(d, room.details());
    assertEquals(Set.of(Facility.KITCHEN, Facility.HEARING_LOOP), room.facilities());
  }
}
