package org.trustintranet.rooms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.ClosedDay;
import org.trustintranet.rooms.domain.Occurrence;
import org.trustintranet.rooms.domain.RecurrencePlanner;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomRepository;

@ApplicationScoped
@Transactional
public class RoomSeriesServiceImpl implements RoomSeriesService {
  @Inject RoomRepository rooms;
  @Inject RoomAccess access;
  @Inject SeriesDesk desk;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;
  @Inject Clock clock;

  @Override
  public List<ClosedDaysView> closedDays(long schoolId) {
    managedSchool(schoolId);
    LocalDate today = LocalDate.now(clock.withZone(RecurrencePlanner.TRUST_ZONE));
    List<ClosedDaysView> runs = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    String reason = null;
    for (ClosedDay c : rooms.closedDays(schoolId, today.minusYears(1), today.plusYears(3))) {
      if (from != null && c.getDay().equals(to.plusDays(1)) && c.getReason().equals(reason)) {
        to = c.getDay();
        continue;
      }
      if (from != null) {
        runs.add(run(from, to, reason));
      }
      from = c.getDay();
      to = c.getDay();
      reason = c.getReason();
    }
    if (from != null) {
      runs.add(run(from, to, reason));
    }
    return runs;
  }

  private static ClosedDaysView run(LocalDate from, LocalDate to, String reason) {
    return new ClosedDaysView(from, to, reason, (int) ChronoUnit.DAYS.between(from, to) + 1);
  }

  @Override
  public int closeDays(long schoolId, ClosedDaysForm form) {
    String school = managedSchool(schoolId);
    validator.check(form);
    String reason = ClosedDay.checkedReason(form.reason());
    checkRange(form.from(), form.to());
    Set<LocalDate> closed = new HashSet<>();
    for (ClosedDay c : rooms.closedDays(schoolId, form.from(), form.to())) {
      closed.add(c.getDay());
    }
    int added = 0;
    for (LocalDate d = form.from(); !d.isAfter(form.to()); d = d.plusDays(1)) {
      if (!closed.contains(d)) {
        rooms.add(new ClosedDay(schoolId, d, reason, clock.instant()));
        added++;
      }
    }
    rooms.flush();
    audit.record("rooms.closeDays", "school", schoolId, school, null, form);
    return added;
  }

  @Override
  public int reopenDays(long schoolId, LocalDate from, LocalDate to) {
    String school = managedSchool(schoolId);
    checkRange(from, to);
    List<ClosedDay> days = rooms.closedDays(schoolId, from, to);
    days.forEach(rooms::remove);
    rooms.flush();
    audit.record(
        "rooms.reopenDays",
        "school",
        schoolId,
        school,
        new ClosedDaysForm(from, to, days.isEmpty() ? "" : days.get(0).getReason()),
        null);
    return days.size();
  }

  @Override
  public List<OccurrenceView> preview(long roomId, SeriesForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    Room room = SeriesDesk.bookable(me, rooms.find(roomId));
    List<Occurrence> plan = desk.plan(room, form.first(), SeriesDesk.repeat(form), form);
    desk.checkFirst(me, room, plan, form.first());
    return plan.stream().map(RoomSeriesServiceImpl::view).toList();
  }

  /** Not in this transaction: {@link SeriesDesk} books in one of its own, see there. */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SeriesBooked bookSeries(long roomId, SeriesForm form) {
    UserProfile me = currentUser.requireSignedIn();
    validator.check(form);
    return desk.book(me, roomId, form);
  }

  @Override
  public int cancelFollowing(long bookingId) {
    UserProfile me = currentUser.requireSignedIn();
    RoomAccess.Cancellable cancellable = access.cancellable(me, bookingId);
    Booking booking = cancellable.booking();
    Room room = cancellable.room();
    List<Booking> following =
        booking.getSeriesId() == null
            ? List.of(booking)
            : rooms.holdingOfSeriesFrom(booking.getSeriesId(), booking.getStartsAt());
    if (following.isEmpty()) {
      booking.cancel(clock.instant()); // says why it cannot be cancelled
    }
    for (Booking b : following) {
      b.cancel(clock.instant());
    }
    rooms.flush();
    audit.record(
        "rooms.cancelSeries",
        "booking",
        bookingId,
        room.getName() + ": " + booking.getTitle(),
        null,
        following.stream().map(Booking::getId).toList());
    return following.size();
  }

  static OccurrenceView view(Occurrence o) {
    return new OccurrenceView(o.day(), o.slot().start(), o.slot().end(), o.state().name());
  }

  /** The school's name if the current user manages its rooms; refused otherwise. */
  private String managedSchool(long schoolId) {
    return access.managedSchool(currentUser.requireSignedIn(), schoolId);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new BusinessException("error.rooms.closedDay.toBeforeFrom");
    }
    if (ChronoUnit.DAYS.between(from, to) >= ClosedDay.MAX_RANGE_DAYS) {
      throw new BusinessException("error.rooms.closedDay.rangeTooLong", ClosedDay.MAX_RANGE_DAYS);
    }
  }
}
