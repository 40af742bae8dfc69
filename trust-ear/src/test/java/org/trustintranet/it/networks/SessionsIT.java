package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffMember;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.NetworkSessions;
import org.trustintranet.networks.application.PlaceLine;
import org.trustintranet.networks.application.SessionDetail;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.application.SessionView;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;

/**
 * A network's sessions against the real database: 50 attempts at once on the last place (25 people,
 * each clicking twice) give exactly one place, a waiting list of the other 24 and 25 refusals; a
 * place given back goes to the first waiting; only members sign up; a session in a room is booked
 * through the rooms service, whose clash check refuses a second session in the same room and time
 * with nothing saved; only leads take attendance, and only once it has started.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        SessionsIT.class, AsPerson.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NetworkService networks;
  @Inject SessionService sessions;
  @Inject RoomService rooms;
  @Inject SchoolService schools;
  @Inject PeopleService people;
  @Inject Acting acting;
  @Inject AsPerson asPerson;
  @Inject PersonRepository personRepository;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** An open network led by the demo teacher, as the trust admin creates it. */
  private long openNetwork() {
    long teacher = personId("teacher");
    acting.as("trust.admin");
    return networks.create(
        new NetworkDetails(
            "Sessions " + System.nanoTime(),
            "For the tests",
            NetworkKind.SUBJECT,
            Joining.OPEN,
            false,
            null),
        teacher);
  }

  private long personId(String user) {
    return personRepository
        .findByEmail(EmailAddress.parse(user + TestData.DOMAIN))
        .orElseThrow()
        .getId();
  }

  /** An online session of an hour on a Wednesday {@code weeks} weeks ahead, at 10:00 London. */
  private static SessionDetails online(String title, int places, int weeks) {
    Instant start = weekday(weeks, 10);
    return new SessionDetails(
        title,
        "Agenda",
        start,
        start.plus(Duration.ofHours(1)),
        places,
        null,
        "https://meet.example.org/t");
  }

  /** A Wednesday {@code weeks} weeks ahead at {@code hour} London time. */
  private static Instant weekday(int weeks, int hour) {
    LocalDate day =
        LocalDate.now(LONDON).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    return day.atTime(hour, 0).atZone(LONDON).toInstant();
  }

  /** Every active member of staff of the demo trust, but the teacher (the lead). */
  private List<Long> staff() {
    long teacher = personId("teacher");
    acting.as("trust.admin");
    Collection<Long> schoolIds = schools.schools(false).stream().map(SchoolView::id).toList();
    return people.activeStaffOf(schoolIds).values().stream()
        .flatMap(List::stream)
        .map(StaffMember::personId)
        .distinct()
        .filter(id -> id != teacher)
        .sorted()
        .toList();
  }

  private static <T> List<Object> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          results.add(
              e.getCause() instanceof BusinessException b
                  ? b.messageKey()
                  : e.getCause().toString());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fiftyAttemptsAtTheLastPlaceGiveItToExactlyOneAndTheRestWait() throws Exception {
    long network = openNetwork();
    List<Long> joiners = staff().subList(0, 25);
    for (long person : joiners) {
      asPerson.call(person, () -> networks.join(network));
    }
    acting.as("teacher");
    long session = sessions.schedule(network, online("Last place", 1, 3));

    List<Callable<PlaceState>> calls = new ArrayList<>();
    for (long person : joiners) {
      for (int click = 0; click < 2; click++) {
        calls.add(() -> asPerson.call(person, () -> sessions.signUp(session)));
      }
    }
    List<Object> results = atOnce(calls);

    Map<Object, Long> counts =
        results.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    assertEquals(1L, counts.get(PlaceState.BOOKED), "exactly one place: " + counts);
    assertEquals(24L, counts.get(PlaceState.WAITING), "the others wait: " + counts);
    assertEquals(
        25L, counts.get(SessionService.ALREADY_SIGNED), "each second click refused: " + counts);
    acting.as("teacher");
    SessionDetail detail = sessions.session(session);
    assertEquals(1, detail.session().booked());
    assertEquals(24, detail.session().waiting());
    List<PlaceLine> places = detail.places();
    assertEquals(25, places.size());
    assertEquals("BOOKED", places.get(0).state());
    long holder = places.get(0).personId();
    long firstWaiting = places.get(1).personId();

    asPerson.call(
        holder,
        () -> {
          sessions.cancelPlace(session);
          return null;
        });
    acting.as("teacher");
    SessionDetail after = sessions.session(session);
    assertEquals(1, after.session().booked(), "the freed place is taken again");
    assertEquals(23, after.session().waiting());
    assertEquals(firstWaiting, after.places().get(0).personId(), "by the first who waited");
    assertEquals("BOOKED", after.places().get(0).state());
    assertEquals(
        "BOOKED",
        asPerson.call(
            firstWaiting, () -> sessions.nextSession().map(SessionView::myPlace).orElse(null)));
  }

  @Test
  void onlyMembersSignUpAndNobodyTwice() {
    long network = openNetwork();
    acting.as("teacher");
    long session = sessions.schedule(network, online("Members only", 10, 3));
    acting.as("athro");
    BusinessException refused =
        assertThrows(BusinessException.class, () -> sessions.signUp(session));
    assertEquals(SessionService.NOT_A_MEMBER, refused.messageKey());
    assertFalse(sessions.session(session).maySignUp());
    networks.join(network);
    assertTrue(sessions.session(session).maySignUp());
    assertEquals(PlaceState.BOOKED, sessions.signUp(session));
    assertEquals(
        SessionService.ALREADY_SIGNED,
        assertThrows(BusinessException.class, () -> sessions.signUp(session)).messageKey());
    assertEquals(1, sessions.session(session).session().booked());
    assertTrue(sessions.session(session).places().isEmpty(), "the places list is for leads");
    NetworkSessions both = sessions.sessionsOf(network);
    assertEquals(sessions.upcoming(network), both.upcoming(), "the page's lists, read together");
    assertEquals(sessions.past(network), both.past());
    assertEquals("BOOKED", both.upcoming().get(0).myPlace(), "my place, read with both lists");
  }

  @Test
  void onlyLeadsScheduleAndTakeAttendanceAndOnlyOnceStarted() {
    long network = openNetwork();
    acting.as("athro");
    networks.join(network);
    assertThrows(
        NotPermittedException.class, () -> sessions.schedule(network, online("By a member", 5, 3)));
    acting.as("teacher");
    long session = sessions.schedule(network, online("Attendance", 5, 3));
    long athro = personId("athro");
    acting.as("athro");
    sessions.signUp(session);
    assertThrows(NotPermittedException.class, () -> sessions.attendance(session, athro, true));
    acting.as("teacher");
    assertEquals(
        SessionService.NOT_STARTED,
        assertThrows(BusinessException.class, () -> sessions.attendance(session, athro, true))
            .messageKey());
    assertEquals(
        "error.networks.session.inThePast",
        assertThrows(
                BusinessException.class,
                () ->
                    sessions.schedule(
                        network,
                        new SessionDetails(
                            "Yesterday",
                            "",
                            Instant.now().minus(Duration.ofDays(1)),
                            Instant.now().minus(Duration.ofDays(1)).plusSeconds(3600),
                            5,
                            null,
                            "https://meet.example.org/y")))
            .messageKey());
  }

  @Test
  void aSessionInARoomIsBookedThroughRoomsAndASecondAtTheSameTimeIsRefusedWithNothingSaved() {
    long network = openNetwork();
    acting.as("teacher");
    RoomView room =
        rooms.bookableRooms().stream()
            .filter(r -> r.name().equals("Training room") && !r.approvalRequired())
            .findFirst()
            .orElseThrow();
    Instant start = weekday(4, 13);
    SessionDetails inRoom =
        new SessionDetails(
            "In the training room", "", start, start.plusSeconds(3600), 12, room.id(), null);
    long first = sessions.schedule(network, inRoom);
    SessionView view = sessions.session(first).session();
    assertTrue(view.place().startsWith("Training room, "), view.place());
    assertTrue(
        rooms.bookings(room.id(), start, start.plusSeconds(3600)).stream()
            .anyMatch(b -> b.title().equals("In the training room")),
        "the room's calendar has the session's booking");
    int before = sessions.upcoming(network).size();
    Instant later = start.plusSeconds(2 * 3600);
    BusinessException tooMany =
        assertThrows(
            BusinessException.class,
            () ->
                sessions.schedule(
                    network,
                    new SessionDetails(
                        "More places than seats",
                        "",
                        later,
                        later.plusSeconds(3600),
                        room.capacity() + 1,
                        room.id(),
                        null)));
    assertEquals("error.rooms.overCapacity", tooMany.messageKey());
    BusinessException clash =
        assertThrows(BusinessException.class, () -> sessions.schedule(network, inRoom));
    assertEquals("error.rooms.clash", clash.messageKey());
    assertEquals(before, sessions.upcoming(network).size(), "no session without its room");
  }
}
