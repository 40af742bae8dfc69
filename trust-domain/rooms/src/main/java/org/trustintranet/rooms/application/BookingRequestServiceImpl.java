package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomPolicy;
import org.trustintranet.rooms.domain.RoomRepository;

@ApplicationScoped
@Transactional
public class BookingRequestServiceImpl implements BookingRequestService {
  /** The most requests the queue lists at once. */
  static final int QUEUE_LIMIT = 200;

  private static final String NOT_FOUND = "error.rooms.bookingNotFound";

  @Inject RoomRepository rooms;
  @Inject RoomViews views;
  @Inject PeopleService people;
  @Inject BookingMails mails;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<BookingRequestView> requests() {
    UserProfile me = currentUser.requireSignedIn();
    if (!RoomPolicy.managesAnyRooms(me)) {
      throw new NotPermittedException();
    }
    Map<Long, String> schoolNames = views.schoolNames();
    Set<Long> managed = managedSchools(me, schoolNames);
    if (managed.isEmpty()) {
      return List.of();
    }
    List<Booking> pending = rooms.pendingAt(managed, clock.instant(), QUEUE_LIMIT);
    Map<Long, Room> byId = new HashMap<>();
    Set<Long> organisers = new HashSet<>();
    for (Booking b : pending) {
      byId.computeIfAbsent(b.getRoomId(), id -> rooms.find(id).orElseThrow());
      organisers.add(b.getOrganiserId());
    }
    Map<Long, PersonSummary> names = organisers.isEmpty() ? Map.of() : people.findAll(organisers);
    return pending.stream()
        .map(
            b -> {
              Room room = byId.get(b.getRoomId());
              PersonSummary organiser = names.get(b.getOrganiserId());
              return new BookingRequestView(
                  b.getId(),
                  room.getId(),
                  room.getName(),
                  schoolNames.getOrDefault(room.getSchoolId(), ""),
                  b.getStartsAt(),
                  b.getEndsAt(),
                  b.getTitle(),
                  b.getPurpose(),
                  b.getAttendees(),
                  organiser == null ? "" : organiser.displayName(),
                  b.getCreatedAt());
            })
        .toList();
  }

  @Override
  public long pendingCount() {
    UserProfile me = currentUser.requireSignedIn();
    if (!RoomPolicy.managesAnyRooms(me)) {
      return 0;
    }
    Set<Long> managed = managedSchools(me, views.schoolNames());
    return managed.isEmpty() ? 0 : rooms.countPendingAt(managed, clock.instant());
  }

  @Override
  public void approve(long bookingId) {
    UserProfile me = currentUser.requireSignedIn();
    Booking booking = decidable(me, bookingId);
    booking.approve(clock.instant());
    rooms.flush();
    Room room = rooms.find(booking.getRoomId()).orElseThrow();
    audit.record(
        "rooms.approve",
        "booking",
        bookingId,
        room.getName() + ": " + booking.getTitle(),
        null,
        null);
    mails.approved(booking, room);
  }

  @Override
  public void decline(long bookingId, String reason) {
    UserProfile me = currentUser.requireSignedIn();
    Booking booking = decidable(me, bookingId);
    booking.decline(reason, clock.instant());
    rooms.flush();
    Room room = rooms.find(booking.getRoomId()).orElseThrow();
    audit.record(
        "rooms.decline",
        "booking",
        bookingId,
        room.getName() + ": " + booking.getTitle(),
        null,
        booking.getDeclineReason());
    mails.declined(booking, room);
  }

  /**
   * The booking, if the current user may decide on it: not found if they may not even see its room,
   * not permitted if they see it but do not manage it.
   */
  private Booking decidable(UserProfile me, long bookingId) {
    Booking booking =
        rooms.findBooking(bookingId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    Room room =
        rooms
            .find(booking.getRoomId())
            .filter(r -> RoomPolicy.maySee(me, r) || booking.getOrganiserId() == me.personId())
            .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!RoomPolicy.mayDecide(me, room)) {
      throw new NotPermittedException();
    }
    return booking;
  }

  /** The schools whose rooms {@code me} manages (every school for a trust admin). */
  private static Set<Long> managedSchools(UserProfile me, Map<Long, String> schoolNames) {
    Set<Long> managed = new HashSet<>();
    for (Long school : schoolNames.keySet()) {
      if (RoomPolicy.mayManageAt(me, school)) {
        managed.add(school);
      }
    }
    return managed;
  }
}
