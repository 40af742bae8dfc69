package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;
import static org.trustintranet.it.TestData.uniqueEmail;

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
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingRequestService;
import org.trustintranet.rooms.application.CalendarFeedService;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomService;

/**
 * iCalendar feeds and the confirmation's {@code booking.ics} inside the deployed application, with
 * ical4j parsing every document: a person's feed holds their bookings, at the right instants, with
 * room and school as the location and no names; a revoked or replaced token, or a leaver's, opens
 * nothing; a room's feed is refused to a token whose owner may not see the room, and shows titles
 * only to those who may see details ("Busy" otherwise); a confirmed booking's mail, and an approved
 * one's, carry a parseable {@code booking.ics} (GreenMail, as RoomApprovalIT). The HTTP side:
 * CalendarFeedJourneyIT.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String RIVERSIDE = "Riverside Academy";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            CalendarFeedIT.class, Acting.class, TestCallerIdentity.class, TestData.class)
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Inject RoomService rooms;
  @Inject BookingRequestService requests;
  @Inject CalendarFeedService feeds;
  @Inject Acting acting;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A fresh room at Riverside, made by the demo trust admin. */
  private long riversideRoom(String sharing, boolean approval, String name) {
    long school = acting.school(RIVERSIDE);
    return rooms.create(new RoomForm(school, name, 40, List.of(), null, null, sharing, approval));
  }

  private static LocalDate day(DayOfWeek day, int weeks) {
    return LocalDate.now(LONDON).with(TemporalAdjusters.next(day)).plusWeeks(weeks);
  }

  private static Instant at(LocalDate date, String time) {
    return date.atTime(LocalTime.parse(time)).atZone(LONDON).toInstant();
  }

  private static BookingForm form(LocalDate date, String from, String to, String title) {
    return new BookingForm(at(date, from), at(date, to), title, "Planning", 8);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static Optional<VEvent> event(Calendar calendar, Instant start) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> Instant.from(e.getDateTimeStart().getDate()).equals(start))
        .findFirst();
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void aPersonalFeedHoldsTheBookingsAndStopsWhenRevokedOrReplaced() throws Exception {
    String room = "Feed room " + System.nanoTime();
    long roomId = riversideRoom("TRUST", false, room);
    LocalDate date = day(DayOfWeek.THURSDAY, 2);
    String title = "Moderation " + System.nanoTime();
    acting.as("teacher");
    rooms.book(roomId, form(date, "13:15", "14:45", title));
    String token = feeds.createMyCalendarToken();
    assertTrue(feeds.myCalendarFeed().exists());

    acting.nobody(); // a calendar asks without signing in
    String ics = feeds.personalCalendar(token);
    Calendar calendar = parse(ics);
    VEvent mine = event(calendar, at(date, "13:15")).orElseThrow(() -> new AssertionError(ics));
    assertEquals(title, value(mine, Property.SUMMARY));
    assertEquals(room + ", " + RIVERSIDE, value(mine, Property.LOCATION));
    assertEquals("CONFIRMED", value(mine, Property.STATUS));
    assertEquals(at(date, "14:45"), Instant.from(mine.getDateTimeEnd().getDate()));
    assertFalse(ics.contains("ATTENDEE") || ics.contains("ORGANIZER"), ics);
    assertFalse(ics.contains("Fletcher"), "no names");
    assertFalse(ics.contains(token), "the token is not in the document");

    acting.as("teacher");
    String replacement = feeds.createMyCalendarToken();
    acting.nobody();
    assertThrows(NotFoundException.class, () -> feeds.personalCalendar(token));
    assertNotNull(parse(feeds.personalCalendar(replacement)));

    acting.as("teacher");
    feeds.revokeMyCalendarToken();
    assertFalse(feeds.myCalendarFeed().exists());
    acting.nobody();
    assertThrows(NotFoundException.class, () -> feeds.personalCalendar(replacement));
    assertThrows(NotFoundException.class, () -> feeds.personalCalendar("A".repeat(43)));
    assertThrows(NotFoundException.class, () -> feeds.personalCalendar("../../etc"));
  }

  @Test
  void aLeaversFeedIsNotFound() throws Exception {
    long school = acting.school(RIVERSIDE);
    acting.as("trust.admin");
    long person =
        schoolStaff.addPerson(
            new PersonForm(uniqueEmail("ical"), "Cal", "Leaver", null), school, SchoolRole.STAFF);
    acting.as(person);
    String token = feeds.createMyCalendarToken();
    acting.nobody();
    assertNotNull(parse(feeds.personalCalendar(token)));
    acting.as("trust.admin");
    administration.markLeft(person, directory.person(person).version());
    acting.nobody();
    assertThrows(NotFoundException.class, () -> feeds.personalCalendar(token));
  }

  @Test
  void aRoomFeedFollowsWhoMaySeeTheRoomAndItsDetails() throws Exception {
    String stamp = String.valueOf(System.nanoTime());
    long ownRoom = riversideRoom("OWN_SCHOOL", false, "Riverside only " + stamp);
    long sharedRoom = riversideRoom("TRUST", false, "Shared " + stamp);
    LocalDate date = day(DayOfWeek.TUESDAY, 3);
    String title = "Year 11 mocks " + stamp;
    acting.as("teacher"); // at Oakfield and Riverside
    rooms.book(sharedRoom, form(date, "10:00", "11:00", title));

    acting.as("education.officer"); // at neither school
    String outsider = feeds.createMyCalendarToken();
    acting.as("staff"); // at Riverside
    String member = feeds.createMyCalendarToken();
    acting.nobody();

    assertThrows(
        NotFoundException.class,
        () -> feeds.roomCalendar(outsider, ownRoom),
        "a school-only room of another school is refused as if it did not exist");
    assertNotNull(parse(feeds.roomCalendar(member, ownRoom)));

    String busyIcs = feeds.roomCalendar(outsider, sharedRoom);
    VEvent busy = event(parse(busyIcs), at(date, "10:00")).orElseThrow();
    assertEquals("Busy", value(busy, Property.SUMMARY));
    assertFalse(busyIcs.contains(title), busyIcs);
    assertFalse(busyIcs.contains("Fletcher"), "no names");

    VEvent detailed = event(parse(feeds.roomCalendar(member, sharedRoom)), at(date, "10:00")).get();
    assertEquals(title, value(detailed, Property.SUMMARY));
    assertThrows(NotFoundException.class, () -> feeds.roomCalendar(member, Long.MAX_VALUE));

    acting.as("education.officer");
    feeds.revokeMyCalendarToken();
    acting.as("staff");
    feeds.revokeMyCalendarToken();
  }

  @Test
  void confirmedAndApprovedBookingsMailABookingIcs() throws Exception {
    String stamp = String.valueOf(System.nanoTime());
    long instant = riversideRoom("TRUST", false, "Instant " + stamp);
    long approval = riversideRoom("TRUST", true, "Approval " + stamp);
    LocalDate date = day(DayOfWeek.MONDAY, 2);
    String confirmedTitle = "Confirmed " + stamp;
    String approvedTitle = "Approved " + stamp;
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.as("teacher");
      rooms.book(instant, form(date, "09:30", "10:30", confirmedTitle));
      long pending = rooms.book(approval, form(date, "11:00", "12:00", approvedTitle));
      acting.as("riverside.admin");
      requests.approve(pending);

      String subject = "Booking confirmed: " + confirmedTitle;
      await(smtp, () -> mails(smtp, subject).size() == 1);
      MimeMessage confirmed = mails(smtp, subject).get(0);
      assertEquals(
          "teacher" + DOMAIN, confirmed.getRecipients(Message.RecipientType.TO)[0].toString());
      Part ics = attachment(confirmed).orElseThrow(() -> new AssertionError("no booking.ics"));
      assertTrue(
          ics.getContentType().toLowerCase().startsWith("text/calendar"), ics.getContentType());
      String text = read(ics);
      VEvent event =
          event(parse(text), at(date, "09:30")).orElseThrow(() -> new AssertionError(text));
      assertEquals(confirmedTitle, value(event, Property.SUMMARY));
      assertEquals("PUBLISH", parse(text).getProperty(Property.METHOD).orElseThrow().getValue());

      String approvedSubject = "Booking approved: " + approvedTitle;
      await(smtp, () -> mails(smtp, approvedSubject).size() == 1);
      Part approvedIcs = attachment(mails(smtp, approvedSubject).get(0)).orElseThrow();
      VEvent approvedEvent = event(parse(read(approvedIcs)), at(date, "11:00")).orElseThrow();
      assertEquals("CONFIRMED", value(approvedEvent, Property.STATUS));

      String requested = "Booking request received: " + approvedTitle;
      await(smtp, () -> mails(smtp, requested).size() == 1);
      assertTrue(attachment(mails(smtp, requested).get(0)).isEmpty(), "a request has no .ics");
    } finally {
      smtp.stop();
    }
  }

  private static Optional<Part> attachment(Part part) throws Exception {
    if ("booking.ics".equals(part.getFileName())) {
      return Optional.of(part);
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Optional<Part> found = attachment(multipart.getBodyPart(i));
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

  private static void await(GreenMail smtp, Supplier<Boolean> done) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.get() && System.nanoTime() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
  }
}
