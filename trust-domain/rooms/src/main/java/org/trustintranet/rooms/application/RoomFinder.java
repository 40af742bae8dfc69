package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.CalendarRange;
import org.trustintranet.rooms.domain.Facility;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.RoomWanted;
import org.trustintranet.rooms.domain.TimeSlot;

/**
 * The reads behind the calendars and "find a room", each in a bounded number of statements whatever
 * the number of rooms: one for the rooms, one for their bookings in the range or slot (and
 * membership's for the names). The caller has checked who {@code me} is.
 */
@ApplicationScoped
class RoomFinder {
  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject RoomViews views;

  List<BookingView> roomCalendar(UserProfile me, long roomId, CalendarRange range) {
    Room room = access.visible(me, roomId);
    return views.bookings(
        me, rooms.holding(roomId, range.from(), range.to()), Map.of(roomId, room));
  }

  /** The bookings of the school's rooms that {@code me} may see; none if they may see none. */
  List<BookingView> schoolCalendar(UserProfile me, long schoolId, CalendarRange range) {
    Map<Long, Room> visible =
        rooms.openAt(schoolId).stream()
            .filter(r -> RoomPolicy.maySee(me, r))
            .collect(Collectors.toMap(Room::getId, Function.identity()));
    if (visible.isEmpty()) {
      return List.of();
    }
    return views.bookings(me, rooms.holding(visible.keySet(), range.from(), range.to()), visible);
  }

  /** The school's name when {@code me} may see any of its open rooms. */
  Optional<String> schoolCalendarName(UserProfile me, long schoolId) {
    boolean seesAny = rooms.openAt(schoolId).stream().anyMatch(r -> RoomPolicy.maySee(me, r));
    return seesAny ? Optional.ofNullable(views.schoolNames().get(schoolId)) : Optional.empty();
  }

  /** The free rooms {@code me} may book that suit the search, by school name, then room name. */
  List<RoomView> freeRooms(UserProfile me, RoomSearch search) {
    RoomWanted wanted =
        new RoomWanted(
            new TimeSlot(search.start(), search.end()),
            search.capacity(),
            facilities(search.facilities()),
            search.schoolId());
    List<Room> candidates = access.bookable(me).stream().filter(wanted::suits).toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Room> free =
        wanted.free(
            candidates,
            rooms.holding(
                candidates.stream().map(Room::getId).toList(), search.start(), search.end()));
    return views.rooms(me, free).stream()
        .sorted(
            Comparator.comparing(RoomView::schoolName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RoomView::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(RoomView::id))
        .toList();
  }

  private static Set<Facility> facilities(List<String> names) {
    Set<Facility> set = EnumSet.noneOf(Facility.class);
    Map<String, Facility> byName =
        EnumSet.allOf(Facility.class).stream()
            .collect(Collectors.toMap(Enum::name, Function.identity()));
    for (String name : names) {
      Facility f = byName.get(name);
      if (f == null) {
        throw new BusinessException("error.rooms.unknownFacility");
      }
      set.add(f);
    }
    return set;
  }
}
