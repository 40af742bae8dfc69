package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingLink;
import org.trustintranet.rooms.domain.CalendarRange;
import org.trustintranet.rooms.domain.Facility;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomDetails;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.Sharing;

@ApplicationScoped
@Transactional
public class RoomServiceImpl implements RoomService {
  static final String SUBJECT = "room";
  private static final Logger LOG = Logger.getLogger(RoomServiceImpl.class.getName());

  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject RoomViews views;
  @Inject BookingDesk desk;
  @Inject BookingMails mails;
  @Inject RoomFinder finder;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject Clock clock;

  @Override
  public List<RoomView> bookableRooms() {
    UserProfile me = currentUser.requireSignedIn();
    return views.rooms(me, access.bookable(me));
  }

  @Override
  public List<SchoolOption> bookingSchools() {
    UserProfile me = currentUser.requireSignedIn();
    Set<Long> schoolIds =
        access.bookable(me).stream().map(Room::getSchoolId).collect(Collectors.toSet());
    return views.schoolNames().entrySet().stream()
        .filter(e -> schoolIds.contains(e.getKey()))
        .map(e -> new SchoolOption(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(SchoolOption::name))
        .toList();
  }

  @Override
  public RoomView room(long id) {
    UserProfile me = currentUser.requireSignedIn();
    return views.room(me, access.visible(me, id));
  }

  @Override
  public List<SchoolOption> managedSchools() {
    UserProfile me = currentUser.requireSignedIn();
    if (!RoomPolicy.managesAnyRooms(me)) {
      return List.of();
    }
    return views.schoolNamesOfOpenSchools().entrySet().stream()
        .filter(e -> RoomPolicy.mayManageAt(me, e.getKey()))
        .map(e -> new SchoolOption(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(SchoolOption::name))
        .toList();
  }

  @Override
  public RoomDraft draft(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Room room = access.manageable(me, id);
    RoomDetails d = room.details();
    RoomForm form =
        new RoomForm(
            room.getSchoolId(),
            d.name(),
            d.capacity(),
            d.facilities().stream().sorted().map(Enum::name).toList(),
            d.location(),
            d.directions(),
            d.sharing().name(),
            d.approvalRequired());
    return new RoomDraft(
        id, room.getVersion(), views.schoolNames().getOrDefault(room.getSchoolId(), ""), form);
  }

  @Override
  public long create(RoomForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    if (!RoomPolicy.mayManageAt(me, form.schoolId())) {
      throw new NotPermittedException();
    }
    if (!views.schoolNamesOfOpenSchools().containsKey(form.schoolId())) {
      throw new NotFoundException("error.rooms.unknownSchool");
    }
    Room room = new Room(form.schoolId(), details(form), clock.instant());
    rooms.add(room);
    rooms.flush();
    audit.record("rooms.create", SUBJECT, room.getId(), room.getName(), null, form);
    return room.getId();
  }

  @Override
  public void revise(long id, long loadedVersion, RoomForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    Room room = access.manageable(me, id);
    if (room.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    RoomForm before = draft(id).form();
    room.revise(details(form), clock.instant());
    rooms.flush();
    audit.record("rooms.revise", SUBJECT, id, room.getName(), before, form);
  }

  @Override
  public void archive(long id, long loadedVersion) {
    UserProfile me = currentUser.requireSignedIn();
    Room room = access.manageable(me, id);
    if (room.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    room.archive(clock.instant());
    rooms.flush();
    audit.record("rooms.archive", SUBJECT, id, room.getName(), null, null);
  }

  /** Not in this transaction: {@link BookingDesk} books in one of its own, see there. */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public long book(long roomId, BookingForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    long booking = desk.book(me, roomId, form);
    try {
      mails.booked(booking);
    } catch (RuntimeException e) { // the booking stands; only its mail is lost
      LOG.log(Level.WARNING, "The mail about booking " + booking + " was not sent", e);
    }
    return booking;
  }

  @Override
  public void link(long bookingId, BookingLink link) {
    UserProfile me = currentUser.requireSignedIn();
    RoomAccess.Cancellable linkable = access.cancellable(me, bookingId);
    linkable.booking().linkTo(link, clock.instant());
    rooms.flush();
  }

  @Override
  public void cancel(long bookingId) {
    UserProfile me = currentUser.requireSignedIn();
    RoomAccess.Cancellable cancellable = access.cancellable(me, bookingId);
    Booking booking = cancellable.booking();
    Room room = cancellable.room();
    booking.cancel(clock.instant());
    rooms.flush();
    audit.record(
        "rooms.cancel",
        "booking",
        bookingId,
        room.getName() + ": " + booking.getTitle(),
        null,
        null);
  }

  @Override
  public List<BookingView> myBookings() {
    UserProfile me = currentUser.requireSignedIn();
    List<Booking> mine = rooms.upcomingOf(me.personId(), clock.instant());
    Map<Long, Room> byId = new HashMap<>();
    for (Booking b : mine) {
      byId.computeIfAbsent(b.getRoomId(), id -> rooms.find(id).orElseThrow());
    }
    return views.bookings(me, mine, byId);
  }

  @Override
  public List<BookingView> bookings(long roomId, Instant from, Instant to) {
    UserProfile me = currentUser.requireSignedIn();
    Room room = access.visible(me, roomId);
    if (!to.isAfter(from)) {
      throw new BusinessException("error.rooms.endNotAfterStart");
    }
    return views.bookings(me, rooms.holding(roomId, from, to), Map.of(roomId, room));
  }

  @Override
  public List<BookingView> roomCalendar(long roomId, Instant from, Instant to) {
    UserProfile me = currentUser.requireSignedIn();
    return finder.roomCalendar(me, roomId, new CalendarRange(from, to));
  }

  @Override
  public List<BookingView> schoolCalendar(long schoolId, Instant from, Instant to) {
    UserProfile me = currentUser.requireSignedIn();
    return finder.schoolCalendar(me, schoolId, new CalendarRange(from, to));
  }

  @Override
  public Optional<String> schoolCalendarName(long schoolId) {
    UserProfile me = currentUser.requireSignedIn();
    return finder.schoolCalendarName(me, schoolId);
  }

  @Override
  public List<RoomView> freeRooms(RoomSearch search) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(search);
    return finder.freeRooms(me, search);
  }

  private static RoomDetails details(RoomForm form) {
    Set<Facility> facilities = EnumSet.noneOf(Facility.class);
    for (String name : form.facilities()) {
      facilities.add(parse(Facility.class, name, "error.rooms.unknownFacility"));
    }
    return new RoomDetails(
        form.name(),
        form.capacity(),
        facilities,
        form.location(),
        form.directions(),
        parse(Sharing.class, form.sharing(), "error.rooms.unknownSharing"),
        form.approvalRequired());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String error) {
    Map<String, E> byName =
        EnumSet.allOf(type).stream().collect(Collectors.toMap(Enum::name, Function.identity()));
    E value = name == null ? null : byName.get(name);
    if (value == null) {
      throw new BusinessException(error);
    }
    return value;
  }
}
