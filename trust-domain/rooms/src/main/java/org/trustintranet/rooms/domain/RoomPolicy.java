package org.trustintranet.rooms.domain;

import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with rooms and bookings: the one place these rules are written. The services ask
 * it, and the screens show what the services' answers allow.
 *
 * <ul>
 *   <li>Managing a room (create, revise, archive): trust admins any room; a school admin the rooms
 *       of the schools they administer.
 *   <li>Booking: a room shared with the trust, any active staff member of the trust (someone with a
 *       school, or a trust admin); a room for its own school, that school's members (and those who
 *       manage it).
 *   <li>A booking's details (title, purpose, organiser): its organiser, the members of the room's
 *       school and its managers; everyone else who may see the room sees only "Busy".
 *   <li>Cancelling: its organiser, or a manager of the room.
 *   <li>Approving or declining a PENDING booking, and seeing the requests: the room's managers.
 * </ul>
 */
public final class RoomPolicy {
  private RoomPolicy() {}

  /** True when the person may create rooms at {@code schoolId} and manage its rooms. */
  public static boolean mayManageAt(UserProfile person, long schoolId) {
    return !person.isAnonymous() && person.mayAdministerSchool(schoolId);
  }

  public static boolean mayManage(UserProfile person, Room room) {
    return mayManageAt(person, room.getSchoolId());
  }

  /** True for trust admins and for the admins of at least one school. */
  public static boolean managesAnyRooms(UserProfile person) {
    return !person.isAnonymous() && person.administersAnySchool();
  }

  /** An active staff member of the trust: belongs to a school now, or is a trust admin. */
  public static boolean isTrustStaff(UserProfile person) {
    return !person.isAnonymous() && (person.isTrustAdmin() || !person.schoolRoles().isEmpty());
  }

  public static boolean mayBook(UserProfile person, Room room) {
    if (room.isArchived() || person.isAnonymous()) {
      return false;
    }
    return switch (room.getSharing()) {
      case TRUST -> isTrustStaff(person);
      case OWN_SCHOOL ->
          person.schoolRoles().containsKey(room.getSchoolId()) || mayManage(person, room);
    };
  }

  /** Seeing the room and when it is busy: whoever may book it or manage it. */
  public static boolean maySee(UserProfile person, Room room) {
    return mayManage(person, room) || mayBook(person, room);
  }

  public static boolean maySeeDetails(UserProfile person, Room room, Booking booking) {
    return !person.isAnonymous()
        && (booking.getOrganiserId() == person.personId()
            || person.schoolRoles().containsKey(room.getSchoolId())
            || mayManage(person, room));
  }

  public static boolean mayDecide(UserProfile person, Room room) {
    return mayManage(person, room);
  }

  public static boolean mayCancel(UserProfile person, Room room, Booking booking) {
    return !person.isAnonymous()
        && (booking.getOrganiserId() == person.personId() || mayManage(person, room));
  }
}
