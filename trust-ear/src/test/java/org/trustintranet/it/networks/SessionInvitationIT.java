package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.IntranetClient;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.SessionInvitation;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionRepeat;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.domain.BookingLink;

/**
 * A session's invitation (session-ID.ics) against the real database: anyone of the trust gets it,
 * it parses, its UID stays the same, its location is the room and school or the online link;
 * someone of no school is refused; a person promoted from the waiting list finds it attached to
 * their mail (GreenMail); and the download over HTTP is text/calendar with its file name. A room's
 * booking links back to its session; a session repeated each term has one session and one linked
 * booking per date, and a run with one date taken saves nothing and names the date.
 */
@ExtendWith(ArquillianExtension.class)
class SessionInvitationIT {
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String OAKFIELD = "Oakfield Primary School";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            SessionInvitationIT.class,
            Acting.class,
            AsPerson.class,
            TestCallerIdentity.class,
            TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject NetworkService networks;
  @Inject SessionService sessions;
  @Inject RoomService rooms;
  @Inject SchoolStaffService schoolStaff;
  @Inject PersonRepository personRepository;
  @Inject Acting acting;

  @ArquillianResource URL base;

  @AfterEach
  void nobody() {
    if (acting != null) {
      acting.nobody();
    }
  }

  private long openNetwork() {
    long teacher = personId("teacher");
    acting.as("trust.admin");
    return networks.create(
        new NetworkDetails(
            "Invitations " + System.nanoTime(),
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

  private long newTeacher(String prefix) {
    long oakfield = acting.school(OAKFIELD);
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Inv", prefix, "Teacher"),
        oakfield,
        SchoolRole.TEACHER);
  }

  /** A {@code day} {@code weeks} weeks ahead at {@code hour} London time. */
  static Instant at(DayOfWeek day, int weeks, int hour) {
    LocalDate date = LocalDate.now(LONDON).plusWeeks(weeks).with(TemporalAdjusters.next(day));
    return date.atTime(hour, 0).atZone(LONDON).toInstant();
  }

  /**
   * The first {@code day} from six weeks on when the room is free for an hour from {@code hour}.
   */
  Instant freeHour(long roomId, DayOfWeek day, int hour) {
    for (int weeks = 6; weeks < 12; weeks++) {
      Instant start = at(day, weeks, hour);
      if (rooms.bookings(roomId, start, start.plusSeconds(3600)).isEmpty()) {
        return start;
      }
    }
    throw new AssertionError("the room is never free");
  }

  private static SessionDetails online(String title, int places, Instant start) {
    return new SessionDetails(
        title,
        "Agenda",
        start,
        start.plusSeconds(3600),
        places,
        null,
        "https://meet.example.org/i");
  }

  private static VEvent event(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size(), ics);
    return events.get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  @Test
  void anyoneOfTheTrustGetsTheInvitationWithAStableUidAndTheRightPlace() throws Exception {
    long network = openNetwork();
    acting.as("teacher");
    Instant start = at(DayOfWeek.THURSDAY, 5, 10);
    long online = sessions.schedule(network, online("Invited online", 10, start));
    RoomView room = trainingRoom();
    Instant roomStart = freeHour(room.id(), DayOfWeek.THURSDAY, 15);
    long inRoom =
        sessions.schedule(
            network,
            new SessionDetails(
                "Invited in a room",
                "",
                roomStart,
                roomStart.plusSeconds(3600),
                5,
                room.id(),
                null));

    acting.as("athro"); // not a member: anyone of the trust sees a network's sessions
    SessionInvitation invitation = sessions.invitation(online);
    assertEquals("session-" + online + ".ics", invitation.filename());
    VEvent e = event(invitation.calendar());
    assertEquals("Invited online", value(e, Property.SUMMARY));
    assertEquals("https://meet.example.org/i", value(e, Property.LOCATION));
    assertEquals(start, Instant.from(e.getDateTimeStart().getDate()));
    String uid = value(e, Property.UID);
    assertTrue(uid.startsWith("network-session-" + online + "@"), uid);
    acting.as("teacher");
    assertEquals(uid, value(event(sessions.invitation(online).calendar()), Property.UID));

    VEvent r = event(sessions.invitation(inRoom).calendar());
    assertEquals("Training room, " + room.schoolName(), value(r, Property.LOCATION));
    assertEquals(roomStart, Instant.from(r.getDateTimeStart().getDate()));
    assertThrows(NotFoundException.class, () -> sessions.invitation(Long.MAX_VALUE));
  }

  @Test
  void theRoomsBookingLinksBackToTheSession() {
    long network = openNetwork();
    String name = networks.page(network).network().name();
    acting.as("teacher");
    RoomView room = trainingRoom();
    Instant start = freeHour(room.id(), DayOfWeek.MONDAY, 14);
    long session =
        sessions.schedule(
            network,
            new SessionDetails("Linked", "", start, start.plusSeconds(3600), 5, room.id(), null));
    BookingView booking =
        rooms.bookings(room.id(), start, start.plusSeconds(3600)).stream()
            .filter(b -> "Linked".equals(b.title()))
            .findFirst()
            .orElseThrow();
    assertTrue(booking.linked());
    assertEquals(name, booking.linkLabel());
    assertEquals("/networks/session.xhtml?id=" + session, booking.linkPath());
    assertEquals(
        "error.rooms.link",
        assertThrows(
                BusinessException.class,
                () -> rooms.link(booking.id(), new BookingLink("Away", "//evil.example.org/")))
            .messageKey());
    acting.as("athro"); // neither its organiser nor a manager of the room
    assertThrows(
        BusinessException.class,
        () -> rooms.link(booking.id(), new BookingLink("Mine", "/networks/index.xhtml")));
    acting.as("teacher");
    assertEquals(
        "/networks/session.xhtml?id=" + session,
        rooms.bookings(room.id(), start, start.plusSeconds(3600)).stream()
            .filter(b -> b.id() == booking.id())
            .findFirst()
            .orElseThrow()
            .linkPath());
  }

  @Test
  void aRepeatingScheduleMakesOneSessionPerTermEachWithItsOwnLinkedBooking() {
    long network = openNetwork();
    acting.as("teacher");
    RoomView room = trainingRoom();
    SessionRepeat termly = new SessionRepeat(3, 2); // rooms are booked at most 90 days ahead
    SessionDetails first = freeRun(room.id(), "Termly " + System.nanoTime(), termly);
    List<SessionDetails> dates = termly.occurrences(first);
    List<Long> ids = sessions.scheduleRepeating(network, first, termly);
    assertEquals(3, ids.size());
    for (int i = 0; i < 3; i++) {
      SessionDetails d = dates.get(i);
      assertEquals(d.start(), sessions.session(ids.get(i)).session().start());
      List<BookingView> booked = rooms.bookings(room.id(), d.start(), d.end());
      assertEquals(1, booked.size(), "each session its own booking");
      assertEquals("/networks/session.xhtml?id=" + ids.get(i), booked.get(0).linkPath());
    }
    assertEquals(
        "error.networks.session.repeat.count",
        assertThrows(BusinessException.class, () -> new SessionRepeat(7, 13)).messageKey());
  }

  @Test
  void aRepeatingScheduleWithOneDateTakenSavesNothingAndNamesTheDate() {
    long network = openNetwork();
    acting.as("teacher");
    RoomView room = trainingRoom();
    SessionRepeat termly = new SessionRepeat(3, 1);
    String title = "Clashing " + System.nanoTime();
    SessionDetails first = freeRun(room.id(), title, termly);
    SessionDetails second = termly.occurrences(first).get(1);
    rooms.book(room.id(), new BookingForm(second.start(), second.end(), "Taken first", null, 2));
    int before = sessions.upcoming(network).size();
    BusinessException clash =
        assertThrows(
            BusinessException.class, () -> sessions.scheduleRepeating(network, first, termly));
    assertEquals("error.networks.session.repeat.clash", clash.messageKey());
    assertEquals(
        LocalDate.ofInstant(second.start(), LONDON).toString(), clash.arguments()[0].toString());
    assertEquals(before, sessions.upcoming(network).size(), "no session saved");
    BusinessException tooFar =
        assertThrows(
            BusinessException.class,
            () -> sessions.scheduleRepeating(network, first, new SessionRepeat(3, 13)));
    assertEquals("error.networks.session.repeat.tooFarAhead", tooFar.messageKey());
    assertEquals(
        LocalDate.ofInstant(first.start(), LONDON).plusWeeks(13).toString(),
        tooFar.arguments()[0].toString());
    assertEquals(before, sessions.upcoming(network).size(), "no session saved");
    for (SessionDetails d : termly.occurrences(first)) {
      assertTrue(
          rooms.bookings(room.id(), d.start(), d.end()).stream()
              .noneMatch(b -> title.equals(b.title())),
          "no booking of the run stays");
    }
  }

  /**
   * A session in the room on a Wednesday at 16:00, from two weeks on, whose run's dates are all
   * free (within the 90 days ahead that a room may be booked).
   */
  private SessionDetails freeRun(long roomId, String title, SessionRepeat repeat) {
    for (int weeks = 2; weeks < 8; weeks++) {
      Instant start = at(DayOfWeek.WEDNESDAY, weeks, 16);
      SessionDetails first =
          new SessionDetails(title, "", start, start.plusSeconds(3600), 5, roomId, null);
      List<SessionDetails> all = repeat.occurrences(first);
      boolean free = true;
      for (int i = 0; i < all.size(); i++) {
        free &= rooms.bookings(roomId, all.get(i).start(), all.get(i).end()).isEmpty();
      }
      if (free) {
        return first;
      }
    }
    throw new AssertionError("the room is never free for the run");
  }

  private RoomView trainingRoom() {
    return rooms.bookableRooms().stream()
        .filter(r -> r.name().equals("Training room") && !r.approvalRequired())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void someoneOfNoSchoolIsRefused() {
    long network = openNetwork();
    acting.as("teacher");
    long session =
        sessions.schedule(network, online("Not for outsiders", 5, at(DayOfWeek.FRIDAY, 5, 9)));
    long outsider = newTeacher("outsider");
    long oakfield = acting.school(OAKFIELD);
    schoolStaff.endMembership(outsider, oakfield); // still a person, of no school any more
    acting.as(outsider);
    assertThrows(NotPermittedException.class, () -> sessions.invitation(session));
  }

  @Test
  void aPersonPromotedFromTheWaitingListGetsTheInvitationInTheirMail() throws Exception {
    long network = openNetwork();
    String title = "Promoted " + System.nanoTime();
    acting.as("teacher");
    long session = sessions.schedule(network, online(title, 1, at(DayOfWeek.TUESDAY, 5, 16)));
    long first = newTeacher("first");
    long second = newTeacher("second");
    String secondEmail = personRepository.find(second).orElseThrow().getEmail().value();
    acting.as(first);
    networks.join(network);
    assertEquals(PlaceState.BOOKED, sessions.signUp(session));
    acting.as(second);
    networks.join(network);
    assertEquals(PlaceState.WAITING, sessions.signUp(session));
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.as(first);
      sessions.cancelPlace(session);
      String subject = "You have a place at \"" + title + "\"";
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (mails(smtp, subject).isEmpty() && System.nanoTime() < until) {
        smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
      }
      List<MimeMessage> mails = mails(smtp, subject);
      assertEquals(1, mails.size(), "one mail to the promoted person");
      MimeMessage mail = mails.get(0);
      assertEquals(secondEmail, mail.getRecipients(Message.RecipientType.TO)[0].toString());
      String name = "session-" + session + ".ics";
      Part ics = attachment(mail, name).orElseThrow(() -> new AssertionError("no " + name));
      assertTrue(
          ics.getContentType().toLowerCase().startsWith("text/calendar"), ics.getContentType());
      VEvent e = event(read(ics));
      assertEquals(title, value(e, Property.SUMMARY));
      assertTrue(value(e, Property.UID).startsWith("network-session-" + session + "@"));
    } finally {
      smtp.stop();
    }
  }

  /** Over HTTP, from a demo network's session page: a text/calendar download with its name. */
  @Test
  @RunAsClient
  void theSessionPageOffersTheInvitationAsATextCalendarDownload() {
    IntranetClient client = IntranetClient.signedIn(base, "teacher");
    String index = client.get("networks/index.xhtml").body();
    Matcher network = Pattern.compile("networks/network\\.xhtml\\?id=(\\d+)").matcher(index);
    String sessionId = null;
    while (sessionId == null && network.find()) {
      String page = client.get("networks/network.xhtml?id=" + network.group(1)).body();
      Matcher session = Pattern.compile("networks/session\\.xhtml\\?id=(\\d+)").matcher(page);
      if (session.find()) {
        sessionId = session.group(1);
      }
    }
    assertTrue(sessionId != null, "a demo network has a session");
    String page = client.get("networks/session.xhtml?id=" + sessionId).body();
    assertTrue(page.contains("networks/session.ics?id=" + sessionId), "the page links it");
    HttpResponse<String> ics = client.get("networks/session.ics?id=" + sessionId);
    assertEquals(200, ics.statusCode());
    String type = ics.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("text/calendar"), type);
    String disposition = ics.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.contains("session-" + sessionId + ".ics"), disposition);
    assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"), ics.body());
    assertTrue(ics.body().contains("METHOD:PUBLISH"), ics.body());
    assertEquals(404, client.get("networks/session.ics?id=999999999999").statusCode());
    assertEquals(404, client.get("networks/session.ics?id=junk").statusCode());
    IntranetClient signedOut = new IntranetClient(TestData.loopback(base));
    assertTrue(
        signedOut.get("networks/session.ics?id=" + sessionId).statusCode() != 200,
        "not for the signed out");
  }

  /** The schedule form, repeated: bad counts refused at the field, nothing saved; then saved. */
  @Test
  @RunAsClient
  void theScheduleFormRefusesABadRepeatAndSchedulesAGoodOne() {
    IntranetClient client = IntranetClient.signedIn(base, "trust.admin");
    Matcher network =
        Pattern.compile("networks/network\\.xhtml\\?id=(\\d+)")
            .matcher(client.get("networks/index.xhtml").body());
    assertTrue(network.find(), "a demo network");
    String id = network.group(1);
    String form = "networks/schedule.xhtml?id=" + id;
    String day = LocalDate.now(LONDON).plusWeeks(9).toString();
    String title = "Repeated by form " + System.nanoTime();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("schedule:title", title);
    fields.put("schedule:agenda", "");
    fields.put("schedule:date", day);
    fields.put("schedule:start", "16:00");
    fields.put("schedule:end", "17:00");
    fields.put("schedule:capacity", "10");
    fields.put("schedule:room", "");
    fields.put("schedule:link", "https://meet.example.org/form");
    fields.put("schedule:repeat", "on");
    fields.put("schedule:repeatCount", "9");
    fields.put("schedule:repeatWeeks", "13");
    fields.put("schedule:save", "");
    client.get(form);
    HttpResponse<String> tooMany = client.post(form, "schedule", fields);
    assertEquals(200, tooMany.statusCode());
    assertTrue(
        tooMany.body().contains("A repeated session has from 2 to 6 sessions in all."),
        tooMany.body());
    fields.put("schedule:repeatCount", "2");
    fields.put("schedule:repeatWeeks", "0");
    HttpResponse<String> noWeeks = client.post(form, "schedule", fields);
    assertTrue(
        noWeeks.body().contains("Give from 1 to 52 weeks between the sessions."), noWeeks.body());
    assertTrue(
        !client.get("networks/network.xhtml?id=" + id).body().contains(title), "nothing saved");
    client.get(form);
    fields.put("schedule:repeatWeeks", "13");
    HttpResponse<String> saved = client.post(form, "schedule", fields);
    assertEquals(302, saved.statusCode(), saved.body());
    String page = client.get("networks/network.xhtml?id=" + id).body();
    assertTrue(page.contains("2 sessions were scheduled."), page);
  }

  private static Optional<Part> attachment(Part part, String name) throws Exception {
    if (name.equals(part.getFileName())) {
      return Optional.of(part);
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Optional<Part> found = attachment(multipart.getBodyPart(i), name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String read(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<MimeMessage> mails(GreenMail smtp, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
