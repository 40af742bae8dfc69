package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
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
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingRequestService;
import org.trustintranet.rooms.application.BookingRequestView;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.DayHours;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomService;

/**
 * Approval and per-room rules inside the deployed application, against the real database and a real
 * SMTP server (GreenMail, as NewsMailIT): a request reaches the queue of its room's school's admins
 * and nobody else's; approving and declining (with a reason) change its state and each sends the
 * organiser one mail; only the room's managers decide; the room's rules refuse bookings outside its
 * hours, too long or too far ahead, with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class RoomApprovalIT {
  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", "smtp");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String RIVERSIDE = "Riverside Academy";
  private static final String TEACHER = "teacher" + DOMAIN;

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
            RoomApprovalIT.class, Acting.class, TestCallerIdentity.class, TestData.class)
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
  @Inject RoomRulesService rules;
  @Inject Acting acting;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A fresh room at Riverside, made by the demo trust admin. */
  private long riversideRoom(String sharing, boolean approval) {
    long school = acting.school(RIVERSIDE);
    return rooms.create(
        new RoomForm(
            school, "Room " + System.nanoTime(), 40, List.of(), null, null, sharing, approval));
  }

  /** {@code from}-{@code to} (London) on the weekday {@code weeks} weeks ahead. */
  private static BookingForm on(DayOfWeek day, int weeks, String from, String to, String title) {
    LocalDate date = LocalDate.now(LONDON).with(TemporalAdjusters.next(day)).plusWeeks(weeks);
    return new BookingForm(
        date.atTime(LocalTime.parse(from)).atZone(LONDON).toInstant(),
        date.atTime(LocalTime.parse(to)).atZone(LONDON).toInstant(),
        title,
        "Planning the spring term",
        12);
  }

  private List<BookingView> heldBookings(long room) {
    acting.as("trust.admin");
    Instant now = Instant.now();
    return rooms.bookings(room, now, now.plus(Duration.ofDays(400)));
  }

  private String statusOfMine(long booking) {
    acting.as("teacher");
    return rooms.myBookings().stream()
        .filter(b -> b.id() == booking)
        .map(BookingView::status)
        .findFirst()
        .orElse("GONE");
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aRequestIsInItsSchoolAdminsQueueAndNotInAnotherSchoolsAdmins() {
    long room = riversideRoom("TRUST", true);
    acting.as("teacher");
    String title = "Queued " + System.nanoTime();
    long booking = rooms.book(room, on(DayOfWeek.WEDNESDAY, 2, "10:00", "11:00", title));
    assertEquals("PENDING", statusOfMine(booking));

    acting.as("riverside.admin");
    List<BookingRequestView> queue = requests.requests();
    BookingRequestView request =
        queue.stream().filter(r -> r.id() == booking).findFirst().orElseThrow();
    assertEquals(RIVERSIDE, request.schoolName());
    assertEquals(title, request.title());
    assertEquals("Tom Fletcher", request.organiserName());
    assertEquals(12, request.attendees());
    assertEquals("Planning the spring term", request.purpose());
    assertTrue(requests.pendingCount() >= 1);
    for (int i = 1; i < queue.size(); i++) {
      assertFalse(
          queue.get(i).requestedAt().isBefore(queue.get(i - 1).requestedAt()), "oldest first");
    }
    assertTrue(
        queue.stream().anyMatch(r -> r.title().equals("Trust INSET: reading for pleasure")),
        "the demo's pending booking of Riverside's Main hall");

    acting.as("school.admin"); // Oakfield's admin
    assertFalse(requests.requests().stream().anyMatch(r -> r.id() == booking));
    assertFalse(
        requests.requests().stream().anyMatch(r -> r.schoolName().equals(RIVERSIDE)),
        "no Riverside request at all");

    acting.as("trust.admin");
    assertTrue(requests.requests().stream().anyMatch(r -> r.id() == booking));

    acting.as("staff");
    assertThrows(NotPermittedException.class, () -> requests.requests());
    assertEquals(0, requests.pendingCount());
  }

  @Test
  void approveAndDeclineChangeTheStateAndMailTheOrganiserOnceEach() {
    long room = riversideRoom("TRUST", true);
    String stamp = String.valueOf(System.nanoTime());
    String approvedTitle = "Approved " + stamp;
    String declinedTitle = "Declined " + stamp;
    GreenMail smtp = new GreenMail(SMTP);
    smtp.start();
    try {
      acting.as("teacher");
      long approved = rooms.book(room, on(DayOfWeek.TUESDAY, 3, "09:00", "10:00", approvedTitle));
      long declined = rooms.book(room, on(DayOfWeek.TUESDAY, 3, "13:00", "14:00", declinedTitle));
      await(smtp, () -> mails(smtp, "Booking request received: " + declinedTitle).size() == 1);
      assertEquals(1, mails(smtp, "Booking request received: " + approvedTitle).size());

      acting.as("riverside.admin");
      requests.approve(approved);
      assertEquals("error.rooms.reasonRequired", refusal(() -> requests.decline(declined, "   ")));
      assertEquals("PENDING", statusOfMine(declined), "a blank reason changes nothing");
      acting.as("riverside.admin");
      requests.decline(declined, "The hall is being painted that week");

      assertEquals("CONFIRMED", statusOfMine(approved));
      assertEquals("GONE", statusOfMine(declined), "a declined booking frees its slot");
      assertEquals(1, heldBookings(room).size());

      await(smtp, () -> mails(smtp, "Booking declined: " + declinedTitle).size() == 1);
      await(smtp, () -> mails(smtp, "Booking approved: " + approvedTitle).size() == 1);
      List<MimeMessage> approvals = mails(smtp, "Booking approved: " + approvedTitle);
      List<MimeMessage> declines = mails(smtp, "Booking declined: " + declinedTitle);
      assertEquals(1, approvals.size());
      assertEquals(1, declines.size());
      assertEquals(TEACHER, recipient(approvals.get(0)));
      assertEquals(TEACHER, recipient(declines.get(0)));
      String declinedText = text(declines.get(0));
      assertTrue(declinedText.contains("The hall is being painted that week"), declinedText);
      assertTrue(declinedText.contains(RIVERSIDE), declinedText);
      assertTrue(
          declinedText.contains("https://intranet.oakvalley.test/rooms/mine.xhtml"), declinedText);

      acting.as("riverside.admin");
      assertEquals("error.rooms.notPending", refusal(() -> requests.approve(approved)));
      assertEquals("error.rooms.notPending", refusal(() -> requests.approve(declined)));
      assertEquals(
          "error.rooms.notPending", refusal(() -> requests.decline(approved, "Changed my mind")));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aCancelledRequestCannotBeApproved() {
    long room = riversideRoom("TRUST", true);
    acting.as("teacher");
    long booking =
        rooms.book(room, on(DayOfWeek.THURSDAY, 2, "14:00", "15:00", "Cancelled request"));
    rooms.cancel(booking);
    acting.as("riverside.admin");
    assertEquals("error.rooms.notPending", refusal(() -> requests.approve(booking)));
    assertTrue(heldBookings(room).isEmpty());
  }

  @Test
  void onlyTheRoomsManagersMayDecide() {
    long shared = riversideRoom("TRUST", true);
    long own = riversideRoom("OWN_SCHOOL", true);
    acting.as("teacher"); // a member of Riverside and Oakfield: may book both
    long onShared = rooms.book(shared, on(DayOfWeek.MONDAY, 2, "10:00", "11:00", "Shared"));
    long onOwn = rooms.book(own, on(DayOfWeek.MONDAY, 2, "10:00", "11:00", "Own"));

    assertThrows(NotPermittedException.class, () -> requests.approve(onShared), "the organiser");
    acting.as("staff"); // Riverside staff
    assertThrows(NotPermittedException.class, () -> requests.approve(onShared));
    assertThrows(NotPermittedException.class, () -> requests.decline(onOwn, "No"));
    acting.as("school.admin"); // Oakfield's admin: sees the shared room, not the own one
    assertThrows(NotPermittedException.class, () -> requests.approve(onShared));
    assertThrows(NotPermittedException.class, () -> requests.decline(onShared, "No"));
    assertThrows(NotFoundException.class, () -> requests.approve(onOwn));
    assertThrows(NotFoundException.class, () -> requests.approve(987_654_321L));

    assertEquals("PENDING", statusOfMine(onShared));
    assertEquals("PENDING", statusOfMine(onOwn));
  }

  @Test
  void theRoomsRulesRefuseOutOfHoursTooLongAndTooFarAheadWithNothingWritten() {
    long room = riversideRoom("TRUST", false);
    acting.as("riverside.admin");
    RoomRulesForm before = rules.rules(room);
    assertEquals(15, before.minMinutes());
    assertEquals(600, before.maxMinutes());
    assertEquals(90, before.daysAhead());
    assertFalse(before.days().get(5).open(), "closed on Saturdays by default");
    long version = rooms.draft(room).version();
    List<DayHours> days =
        before.days().stream()
            .map(d -> d.open() ? new DayHours(d.day(), LocalTime.of(8, 0), LocalTime.of(18, 0)) : d)
            .toList();
    rules.changeRules(room, version, new RoomRulesForm(days, 30, 240, 60));
    assertEquals(240, rules.rules(room).maxMinutes());

    acting.as("staff"); // not a manager
    long newVersion = rooms.room(room).version();
    assertThrows(
        NotPermittedException.class,
        () -> rules.changeRules(room, newVersion, new RoomRulesForm(days, 15, 600, 90)));

    acting.as("teacher");
    assertEquals(
        "error.rooms.outsideHours.TUESDAY",
        refusal(() -> rooms.book(room, on(DayOfWeek.TUESDAY, 1, "07:00", "09:00", "Early"))));
    assertEquals(
        "error.rooms.outsideHours.TUESDAY",
        refusal(() -> rooms.book(room, on(DayOfWeek.TUESDAY, 1, "17:00", "18:30", "Late"))));
    assertEquals(
        "error.rooms.closedOnDay.SATURDAY",
        refusal(() -> rooms.book(room, on(DayOfWeek.SATURDAY, 1, "10:00", "11:00", "Weekend"))));
    BusinessException tooLong =
        assertThrows(
            BusinessException.class,
            () -> rooms.book(room, on(DayOfWeek.TUESDAY, 1, "09:00", "14:00", "Long")));
    assertEquals("error.rooms.tooLongHours", tooLong.messageKey());
    assertEquals(List.of(4), Arrays.asList(tooLong.arguments()), "at most 4 hours");
    assertEquals(
        "error.rooms.tooShort",
        refusal(() -> rooms.book(room, on(DayOfWeek.TUESDAY, 1, "09:00", "09:15", "Short"))));
    assertEquals(
        "error.rooms.tooFarAhead",
        refusal(() -> rooms.book(room, on(DayOfWeek.TUESDAY, 10, "09:00", "10:00", "Far"))));
    assertTrue(heldBookings(room).isEmpty(), "nothing written");

    acting.as("teacher");
    rooms.book(room, on(DayOfWeek.TUESDAY, 1, "14:00", "18:00", "Within the rules"));
    assertEquals(1, heldBookings(room).size());
  }

  /** The mails received so far with exactly {@code subject}. */
  private static List<MimeMessage> mails(GreenMail smtp, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject.equals(subject(m)))
        .toList();
  }

  private static void await(GreenMail smtp, Supplier<Boolean> done) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.get() && System.nanoTime() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text part of a message, decoded, one after another. */
  private static String text(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          all.append(text(child)).append('\n');
        }
        return all.toString();
      }
      return "";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
