package org.trustintranet.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.trustintranet.rooms.domain.BookingStatus;
import org.trustintranet.rooms.domain.Facility;
import org.trustintranet.rooms.domain.Sharing;

/**
 * The benchmark trust's rooms and a school year of their bookings, planned from its schools and
 * staff before a row is written: {@link #ROOMS_AT_SCALE_1} rooms spread over the schools (halls,
 * libraries, meeting and training rooms), most shared with the trust and some needing approval; and
 * about {@link #BOOKINGS_AT_SCALE_1} bookings on the school days (Monday to Friday) of 39 weeks
 * from {@code firstDay}, between 08:00 and 18:00 London time, never overlapping in a room,
 * organised by the room's school's staff (and, for shared rooms, sometimes another school's). The
 * year starts at the week the benchmark runs, so that the week view and "find a room" look at a
 * week with bookings in it. One room in {@link #FREE_EVERY} is kept free in {@link #FREE_WEEKS} for
 * the "book" scenario ({@link #freeSlots()}). The same trust, seed, scale and first day give the
 * same rooms.
 */
final class RoomsDataSet {
  static final int ROOMS_AT_SCALE_1 = 200;
  static final int BOOKINGS_AT_SCALE_1 = 150_000;
  static final int WEEKS = 39;
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  /**
   * Every this many rooms one is kept free in {@link #FREE_WEEKS} for the benchmark's "book"
   * scenario: shared with the trust, no approval, no generated booking in those weeks.
   */
  static final int FREE_EVERY = 4;

  /** The weeks (counted from the first, 0) in which the kept rooms have no booking. */
  static final Set<Integer> FREE_WEEKS = Set.of(2, 3, 4);

  /** Bookable from 08:00 to 18:00: twenty half-hour steps. */
  static final LocalTime OPENS = LocalTime.of(8, 0);

  static final int STEPS = 20;

  private static final String[] NAMES = {
    "Main hall",
    "Library",
    "Meeting room",
    "Training room",
    "IT suite",
    "Music room",
    "Staff room",
    "Conference room"
  };
  private static final int[] CAPACITIES = {120, 40, 12, 30, 30, 25, 20, 16};
  private static final String[] TITLES = {
    "Year 6 moderation",
    "Governors' meeting",
    "Hub training: early reading",
    "Peer observation debrief",
    "New headteachers' network",
    "SENCo cluster meeting",
    "Subject leads: mathematics",
    "Coaching session",
    "ECT induction",
    "Trust finance meeting"
  };

  /** A free half hour of a kept room, as the booking form takes it (London wall-clock time). */
  record FreeSlot(long roomId, LocalDate day, LocalTime start, LocalTime end) {}

  record RoomRow(
      long id,
      long schoolId,
      String name,
      int capacity,
      Set<Facility> facilities,
      Sharing sharing,
      boolean approvalRequired) {
    String facilityNames() {
      return facilities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
  }

  /**
   * The bookings in parallel arrays, as the news' read marks: booking {@code i} (id {@code i + 1})
   * of room {@code room[i]} from {@code startsAt[i]} to {@code endsAt[i]}, organised by {@code
   * organiser[i]}, in state {@code status[i]}, titled {@code TITLES[title[i]]}.
   */
  record Bookings(
      long[] room,
      Instant[] startsAt,
      Instant[] endsAt,
      long[] organiser,
      BookingStatus[] status,
      int[] title) {
    int size() {
      return room.length;
    }
  }

  final List<RoomRow> rooms;
  final LocalDate firstDay;
  private final TrustDataSet trust;
  private final double scale;
  private final long seed;

  private RoomsDataSet(
      List<RoomRow> rooms, LocalDate firstDay, TrustDataSet trust, double scale, long seed) {
    this.rooms = List.copyOf(rooms);
    this.firstDay = firstDay;
    this.trust = trust;
    this.scale = scale;
    this.seed = seed;
  }

  static String title(int index) {
    return TITLES[index];
  }

  /** The Monday of the week {@code day} falls in (a Saturday or Sunday: the next Monday). */
  static LocalDate mondayOf(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY
        ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static RoomsDataSet plan(TrustDataSet trust, double scale, long seed, LocalDate firstDay) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x526f6f6d73L);
    int count = TrustDataSet.scaled(ROOMS_AT_SCALE_1, scale);
    List<RoomRow> rooms = new ArrayList<>();
    int schools = trust.schools.size();
    for (int i = 0; i < count; i++) {
      TrustDataSet.SchoolRow school = trust.schools.get(i % schools);
      int kind = (i / schools) % NAMES.length;
      int round = i / (schools * NAMES.length);
      String name = round == 0 ? NAMES[kind] : NAMES[kind] + " " + (round + 1);
      Set<Facility> facilities = EnumSet.noneOf(Facility.class);
      for (Facility f : Facility.values()) {
        if (random.nextInt(100) < 45) {
          facilities.add(f);
        }
      }
      if (kind == 0 || kind == 3) {
        facilities.add(Facility.PROJECTOR);
      }
      Sharing sharing = random.nextInt(100) < 65 ? Sharing.TRUST : Sharing.OWN_SCHOOL;
      boolean approval = random.nextInt(100) < 25;
      if (kept(i + 1L)) {
        sharing = Sharing.TRUST;
        approval = false;
      }
      rooms.add(
          new RoomRow(i + 1L, school.id(), name, CAPACITIES[kind], facilities, sharing, approval));
    }
    return new RoomsDataSet(rooms, mondayOf(firstDay), trust, scale, seed);
  }

  /** Whether the room with this id is kept free in {@link #FREE_WEEKS}. */
  static boolean kept(long roomId) {
    return roomId % FREE_EVERY == 0;
  }

  /**
   * The half hours, 08:00 to 18:00, of the kept rooms' school days in {@link #FREE_WEEKS}: each may
   * be booked once by anyone in the trust, none clashes with another or with a generated booking.
   * Ordered by day, then time, then room, so that any prefix spreads over the rooms.
   */
  List<FreeSlot> freeSlots() {
    List<FreeSlot> slots = new ArrayList<>();
    List<RoomRow> keptRooms = rooms.stream().filter(r -> kept(r.id())).toList();
    for (int week : FREE_WEEKS.stream().sorted().toList()) {
      for (int d = 0; d < 5; d++) {
        LocalDate day = firstDay.plusWeeks(week).plusDays(d);
        for (int step = 0; step < STEPS; step++) {
          LocalTime start = OPENS.plusMinutes(30L * step);
          for (RoomRow room : keptRooms) {
            slots.add(new FreeSlot(room.id(), day, start, start.plusMinutes(30)));
          }
        }
      }
    }
    return slots;
  }

  /** The school days of the planned year: Monday to Friday of {@link #WEEKS} weeks. */
  List<LocalDate> schoolDays() {
    List<LocalDate> days = new ArrayList<>();
    for (int w = 0; w < WEEKS; w++) {
      for (int d = 0; d < 5; d++) {
        days.add(firstDay.plusWeeks(w).plusDays(d));
      }
    }
    return days;
  }

  Bookings planBookings() {
    SplittableRandom random = new SplittableRandom(seed ^ 0x426f6f6bL);
    List<LocalDate> days = schoolDays();
    int target = TrustDataSet.scaled(BOOKINGS_AT_SCALE_1, scale);
    double perRoomDay = rooms.isEmpty() ? 0 : (double) target / (rooms.size() * days.size());
    Map<Long, long[]> staff = staffBySchool();
    long[] everyone = trust.people.stream().mapToLong(TrustDataSet.PersonRow::id).toArray();
    int capacity = (int) (target * 1.1) + 16;
    long[] room = new long[capacity];
    Instant[] starts = new Instant[capacity];
    Instant[] ends = new Instant[capacity];
    long[] organiser = new long[capacity];
    BookingStatus[] status = new BookingStatus[capacity];
    int[] title = new int[capacity];
    int n = 0;
    for (LocalDate day : days) {
      boolean freeWeek = FREE_WEEKS.contains(week(day));
      for (RoomRow r : rooms) {
        if (freeWeek && kept(r.id())) {
          continue;
        }
        int wanted = (int) perRoomDay + (random.nextDouble() < perRoomDay % 1 ? 1 : 0);
        int step = random.nextInt(3);
        for (int b = 0; b < wanted && step < STEPS && n < capacity; b++) {
          int length = 1 + random.nextInt(4);
          if (step + length > STEPS) {
            length = STEPS - step;
          }
          room[n] = r.id();
          starts[n] = at(day, step);
          ends[n] = at(day, step + length);
          long[] own = staff.getOrDefault(r.schoolId(), everyone);
          boolean visitor = r.sharing() == Sharing.TRUST && random.nextInt(100) < 20;
          long[] from = visitor || own.length == 0 ? everyone : own;
          organiser[n] = from[random.nextInt(from.length)];
          int roll = random.nextInt(100);
          status[n] =
              roll < 3
                  ? BookingStatus.CANCELLED
                  : r.approvalRequired() && roll < 13
                      ? BookingStatus.PENDING
                      : BookingStatus.CONFIRMED;
          title[n] = random.nextInt(TITLES.length);
          n++;
          step += length + random.nextInt(3);
        }
      }
    }
    return new Bookings(
        Arrays.copyOf(room, n),
        Arrays.copyOf(starts, n),
        Arrays.copyOf(ends, n),
        Arrays.copyOf(organiser, n),
        Arrays.copyOf(status, n),
        Arrays.copyOf(title, n));
  }

  private int week(LocalDate day) {
    return (int) ChronoUnit.WEEKS.between(firstDay, day);
  }

  private static Instant at(LocalDate day, int step) {
    return day.atTime(OPENS.plusMinutes(30L * step)).atZone(ZONE).toInstant();
  }

  /** The members of each school (the plan's memberships are all current). */
  private Map<Long, long[]> staffBySchool() {
    Map<Long, List<Long>> lists = new HashMap<>();
    for (TrustDataSet.MembershipRow m : trust.memberships) {
      lists.computeIfAbsent(m.schoolId(), k -> new ArrayList<>()).add(m.personId());
    }
    Map<Long, long[]> arrays = new HashMap<>();
    lists.forEach((k, v) -> arrays.put(k, v.stream().mapToLong(Long::longValue).toArray()));
    return arrays;
  }
}
