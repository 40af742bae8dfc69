package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingLink;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPhoto;
import org.trustintranet.rooms.domain.RoomPolicy;

/**
 * Turns rooms and bookings into the records the screens show, naming schools and organisers through
 * membership's API (a few statements per list, whatever its length). What a viewer may not see of a
 * booking is left out here, once: {@link RoomPolicy#maySeeDetails}.
 */
@ApplicationScoped
class RoomViews {
  @Inject SchoolService schools;
  @Inject PeopleService people;

  /** School names by id, archived schools included. */
  Map<Long, String> schoolNames() {
    return schools.names(true);
  }

  /** The names of the schools that are open (not archived), by id: where rooms may be made. */
  Map<Long, String> schoolNamesOfOpenSchools() {
    return schools.names(false);
  }

  List<RoomView> rooms(UserProfile me, Collection<Room> rooms) {
    Map<Long, String> names = schoolNames();
    return rooms.stream().map(r -> room(me, r, names)).toList();
  }

  RoomView room(UserProfile me, Room room) {
    return room(me, room, schoolNames());
  }

  private static RoomView room(UserProfile me, Room r, Map<Long, String> schoolNames) {
    return new RoomView(
        r.getId(),
        r.getSchoolId(),
        schoolNames.getOrDefault(r.getSchoolId(), ""),
        r.getName(),
        r.getCapacity(),
        r.facilities().stream().sorted().map(Enum::name).toList(),
        r.details().location(),
        r.details().directions(),
        r.getSharing().name(),
        r.isApprovalRequired(),
        r.isArchived(),
        r.getVersion(),
        RoomPolicy.mayBook(me, r),
        RoomPolicy.mayManage(me, r),
        r.photo().map(RoomPhoto::contentId).orElse(null),
        r.photo().map(RoomPhoto::alt).orElse(null));
  }

  /** The bookings, each of one of {@code rooms} (by id). */
  List<BookingView> bookings(UserProfile me, List<Booking> bookings, Map<Long, Room> rooms) {
    Map<Long, String> schoolNames = schoolNames();
    Set<Long> organisers = new HashSet<>();
    for (Booking b : bookings) {
      if (RoomPolicy.maySeeDetails(me, rooms.get(b.getRoomId()), b)) {
        organisers.add(b.getOrganiserId());
      }
    }
    Map<Long, PersonSummary> names =
        organisers.isEmpty() ? new HashMap<>() : people.findAll(organisers);
    return bookings.stream()
        .map(
            b -> {
              Room room = rooms.get(b.getRoomId());
              String school = schoolNames.getOrDefault(room.getSchoolId(), "");
              if (!RoomPolicy.maySeeDetails(me, room, b)) {
                return new BookingView(
                    b.getId(),
                    room.getId(),
                    room.getName(),
                    school,
                    b.getStartsAt(),
                    b.getEndsAt(),
                    true,
                    null,
                    null,
                    null,
                    null,
                    b.getStatus().name(),
                    false,
                    null,
                    null,
                    null);
              }
              PersonSummary organiser = names.get(b.getOrganiserId());
              return new BookingView(
                  b.getId(),
                  room.getId(),
                  room.getName(),
                  school,
                  b.getStartsAt(),
                  b.getEndsAt(),
                  false,
                  b.getTitle(),
                  b.getPurpose(),
                  b.getAttendees(),
                  organiser == null ? "" : organiser.displayName(),
                  b.getStatus().name(),
                  RoomPolicy.mayCancel(me, room, b),
                  b.getSeriesId(),
                  b.link().map(BookingLink::label).orElse(null),
                  b.link().map(BookingLink::path).orElse(null));
            })
        .toList();
  }
}
