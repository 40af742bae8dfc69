package org.trustintranet.rooms.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustintranet.kernel.application.Flushing;
import org.trustintranet.kernel.domain.SecretToken;
import org.trustintranet.rooms.domain.Booking;
import org.trustintranet.rooms.domain.BookingSeries;
import org.trustintranet.rooms.domain.BookingStatus;
import org.trustintranet.rooms.domain.CalendarFeed;
import org.trustintranet.rooms.domain.ClosedDay;
import org.trustintranet.rooms.domain.Room;
import org.trustintranet.rooms.domain.RoomRepository;
import org.trustintranet.rooms.domain.SchoolPeriod;
import org.trustintranet.rooms.domain.Sharing;
import org.trustintranet.rooms.domain.Timetable;

/** Rooms and bookings through JPA, with the named queries of {@link Room} and {@link Booking}. */
@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {
  /** The statuses that hold a slot. */
  private static final List<BookingStatus> HOLDING =
      List.of(BookingStatus.CONFIRMED, BookingStatus.PENDING);

  @PersistenceContext(unitName = "rooms")
  EntityManager em;

  @Override
  public Optional<Room> find(long id) {
    return Optional.ofNullable(em.find(Room.class, id));
  }

  @Override
  public Optional<Room> lockForBooking(long id) {
    // SELECT ... FOR UPDATE on MySQL, MariaDB and H2: held until the transaction ends.
    return Optional.ofNullable(em.find(Room.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(Room room) {
    em.persist(room);
  }

  @Override
  public List<Room> bookable(Collection<Long> schoolIds) {
    List<Long> schools = new ArrayList<>(schoolIds);
    if (schools.isEmpty()) {
      schools.add(-1L); // "in ()" is not SQL
    }
    return em.createNamedQuery("Room.bookable", Room.class)
        .setParameter("trust", Sharing.TRUST)
        .setParameter("schools", schools)
        .getResultList();
  }

  @Override
  public List<Room> openAt(long schoolId) {
    return em.createNamedQuery("Room.openAt", Room.class)
        .setParameter("school", schoolId)
        .getResultList();
  }

  @Override
  public List<Room> allOpen() {
    return em.createNamedQuery("Room.allOpen", Room.class).getResultList();
  }

  @Override
  public Optional<Booking> findBooking(long id) {
    return Optional.ofNullable(em.find(Booking.class, id));
  }

  @Override
  public void add(Booking booking) {
    em.persist(booking);
  }

  @Override
  public List<Booking> holding(long roomId, Instant from, Instant to) {
    return em.createNamedQuery("Booking.ofRoomBetween", Booking.class)
        .setParameter("room", roomId)
        .setParameter("statuses", HOLDING)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Booking> holding(Collection<Long> roomIds, Instant from, Instant to) {
    if (roomIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Booking.ofRoomsBetween", Booking.class)
        .setParameter("rooms", new ArrayList<>(roomIds))
        .setParameter("statuses", HOLDING)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Booking> upcomingOf(long organiserId, Instant from) {
    return em.createNamedQuery("Booking.ofOrganiserFrom", Booking.class)
        .setParameter("person", organiserId)
        .setParameter("statuses", HOLDING)
        .setParameter("from", from)
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  public List<Booking> pendingAt(Collection<Long> schoolIds, Instant from, int limit) {
    return em.createNamedQuery("Booking.pendingAt", Booking.class)
        .setParameter("pending", BookingStatus.PENDING)
        .setParameter("from", from)
        .setParameter("schools", orNone(schoolIds))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ClosedDay> closedDays(long schoolId, LocalDate from, LocalDate to) {
    return em.createNamedQuery("ClosedDay.ofSchoolBetween", ClosedDay.class)
        .setParameter("school", schoolId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public long countPendingAt(Collection<Long> schoolIds, Instant from) {
    return em.createNamedQuery("Booking.countPendingAt", Long.class)
        .setParameter("pending", BookingStatus.PENDING)
        .setParameter("from", from)
        .setParameter("schools", orNone(schoolIds))
        .getSingleResult();
  }

  /** The ids, or one that names no school: "in ()" is not SQL. */
  private static List<Long> orNone(Collection<Long> ids) {
    List<Long> list = new ArrayList<>(ids);
    if (list.isEmpty()) {
      list.add(-1L);
    }
    return list;
  }

  @Override
  public void add(ClosedDay day) {
    em.persist(day);
  }

  @Override
  public void remove(ClosedDay day) {
    em.remove(day);
  }

  @Override
  public Timetable timetable(long schoolId) {
    return new Timetable(periodRows(schoolId).stream().map(SchoolPeriod::period).toList());
  }

  @Override
  public void replaceTimetable(long schoolId, Timetable timetable) {
    periodRows(schoolId).forEach(em::remove);
    em.flush();
    timetable.periods().forEach(p -> em.persist(new SchoolPeriod(schoolId, p)));
  }

  private List<SchoolPeriod> periodRows(long schoolId) {
    return em.createNamedQuery("SchoolPeriod.ofSchool", SchoolPeriod.class)
        .setParameter("school", schoolId)
        .getResultList();
  }

  @Override
  public void add(BookingSeries series) {
    em.persist(series);
  }

  @Override
  public List<Booking> holdingOfSeriesFrom(long seriesId, Instant from) {
    return em.createNamedQuery("Booking.ofSeriesFrom", Booking.class)
        .setParameter("series", seriesId)
        .setParameter("statuses", HOLDING)
        .setParameter("from", from)
        .getResultList();
  }

  @Override
  public void flush() {
    Flushing.flush(em);
  }

  @Override
  public Optional<CalendarFeed> calendarFeedOf(long personId) {
    return Optional.ofNullable(em.find(CalendarFeed.class, personId));
  }

  @Override
  public Optional<CalendarFeed> calendarFeedByToken(SecretToken token) {
    return em.createNamedQuery("CalendarFeed.byHash", CalendarFeed.class)
        .setParameter("hash", token.hash())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(CalendarFeed feed) {
    em.persist(feed);
  }

  @Override
  public boolean removeCalendarFeed(long personId) {
    CalendarFeed feed = em.find(CalendarFeed.class, personId);
    if (feed == null) {
      return false;
    }
    em.remove(feed);
    return true;
  }
}
