package org.trustintranet.rooms.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.rooms.domain.Rooms.NOW;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_A;
import static org.trustintranet.rooms.domain.Rooms.SCHOOL_B;
import static org.trustintranet.rooms.domain.Rooms.member;
import static org.trustintranet.rooms.domain.Rooms.room;
import static org.trustintranet.rooms.domain.Rooms.slot;
import static org.trustintranet.rooms.domain.Rooms.trustAdmin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class RoomPolicyTest {
  private final Room ownA = room(1, SCHOOL_A, 10, Sharing.OWN_SCHOOL, false);
  private final Room sharedA = room(2, SCHOOL_A, 10, Sharing.TRUST, false);
  private final UserProfile staffA = member(11, SCHOOL_A, SchoolRole.STAFF);
  private final UserProfile staffB = member(12, SCHOOL_B, SchoolRole.STAFF);
  private final UserProfile adminA = member(13, SCHOOL_A, SchoolRole.SCHOOL_ADMIN);
  private final UserProfile adminB = member(14, SCHOOL_B, SchoolRole.SCHOOL_ADMIN);
  private final UserProfile trust = trustAdmin(15);

  @Test
  void trustAdminsManageEveryRoomSchoolAdminsTheirOwnSchoolsOnly() {
    assertTrue(RoomPolicy.mayManage(trust, ownA));
    assertTrue(RoomPolicy.mayManage(adminA, ownA));
    assertFalse(RoomPolicy.mayManage(adminB, ownA));
    assertFalse(RoomPolicy.mayManage(staffA, ownA));
    assertFalse(RoomPolicy.mayManage(UserProfile.ANONYMOUS, ownA));
    assertTrue(RoomPolicy.mayManageAt(adminB, SCHOOL_B));
    assertFalse(RoomPolicy.mayManageAt(adminB, SCHOOL_A));
    assertTrue(RoomPolicy.managesAnyRooms(adminB));
    assertFalse(RoomPolicy.managesAnyRooms(staffA));
  }

  @Test
  void anOwnSchoolRoomIsBookedByItsSchoolsMembersOnly() {
    assertTrue(RoomPolicy.mayBook(staffA, ownA));
    assertTrue(RoomPolicy.mayBook(adminA, ownA));
    assertTrue(RoomPolicy.mayBook(trust, ownA));
    assertFalse(RoomPolicy.mayBook(staffB, ownA));
    assertFalse(RoomPolicy.mayBook(adminB, ownA));
    assertFalse(RoomPolicy.maySee(staffB, ownA));
    assertFalse(RoomPolicy.mayBook(UserProfile.ANONYMOUS, ownA));
  }

  @Test
  void aTrustRoomIsBookedByAnyActiveStaffMember() {
    assertTrue(RoomPolicy.mayBook(staffA, sharedA));
    assertTrue(RoomPolicy.mayBook(staffB, sharedA));
    assertTrue(RoomPolicy.mayBook(trust, sharedA));
    UserProfile noSchool = new UserProfile(16, "Editor", Set.of(TrustRole.NEWS_EDITOR), Map.of());
    assertFalse(RoomPolicy.mayBook(noSchool, sharedA), "belongs to no school now");
    assertFalse(RoomPolicy.mayBook(UserProfile.ANONYMOUS, sharedA));
  }

  @Test
  void nobodyBooksAnArchivedRoom() {
    Room archived = room(3, SCHOOL_A, 10, Sharing.TRUST, false);
    archived.archive(NOW);
    assertFalse(RoomPolicy.mayBook(staffA, archived));
    assertFalse(RoomPolicy.mayBook(trust, archived));
    assertTrue(RoomPolicy.maySee(adminA, archived), "its managers still see it");
  }

  @Test
  void detailsForTheOrganiserTheRoomsSchoolAndItsManagersBusyForOthers() {
    Booking byB =
        BookingRules.book(sharedA, slot("10:00", "11:00"), "T", null, 3, 12, List.of(), NOW);
    assertTrue(RoomPolicy.maySeeDetails(staffB, sharedA, byB), "the organiser");
    assertTrue(RoomPolicy.maySeeDetails(staffA, sharedA, byB), "a member of the room's school");
    assertTrue(RoomPolicy.maySeeDetails(trust, sharedA, byB));
    assertFalse(RoomPolicy.maySeeDetails(adminB, sharedA, byB), "another school's admin");
  }

  @Test
  void theOrganiserOrTheRoomsManagersCancel() {
    Booking byB =
        BookingRules.book(sharedA, slot("10:00", "11:00"), "T", null, 3, 12, List.of(), NOW);
    assertTrue(RoomPolicy.mayCancel(staffB, sharedA, byB));
    assertTrue(RoomPolicy.mayCancel(adminA, sharedA, byB));
    assertTrue(RoomPolicy.mayCancel(trust, sharedA, byB));
    assertFalse(RoomPolicy.mayCancel(staffA, sharedA, byB));
    assertFalse(RoomPolicy.mayCancel(adminB, sharedA, byB), "B's admin, but A's room");
  }
}
