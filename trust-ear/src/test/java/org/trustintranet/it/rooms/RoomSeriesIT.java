package org.trustintranet.it.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trustintranet.it.TestData.DOMAIN;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.ClosedDaysForm;
import org.trustintranet.rooms.application.OccurrenceView;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SeriesBooked;
import org.trustintranet.rooms.application.SeriesForm;

/**
 * Closed days and recurring bookings inside the deployed application, against the real database: a
 * preview shows clashes and closed days and writes nothing; booking a series books only its free
 * dates; a closed day refuses a one-off booking; "this and the rest" cancels the later dates only;
 * another school's admin cannot touch a school's closed days; a series racing one-off bookings
 * leaves no overlap. Each test works months ahead, on dates of its own, and opens the days it
 * closed again.
 */
@ExtendWith(ArquillianExtension.class)
class RoomSeriesIT {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalTime TEN = LocalTime.of(10, 0);

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        RoomSeriesIT.class,
        SeriesBooker.class,
        Booker.class,
        Acting.class,
        TestCallerIdentity.class,
        TestData.class);
  }

  @Inject RoomService rooms;
  @Inject RoomSeriesService series;
  @Inject Booker booker;
  @Inject SeriesBooker seriesBooker;
  @Inject Acting acting;
  @Inject AuditTrail audit;
  @Inject PersonRepository people;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  /** A fresh room at Oakfield shared with the trust, made by the demo trust admin. */
  private long newRoom() {
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    return rooms.create(
        new RoomForm(
            oakfield,
            "Series room " + System.nanoTime(),
            30,
            List.of("PROJECTOR"),
            null,
            null,
            "TRUST",
            false));
  }

  /**
   * A Tuesday about {@code days} days ahead. Each test has its own days, and a series ends within
   * the rooms' default 90 days ahead.
   */
  private static LocalDate tuesday(int days) {
    return LocalDate.now(LONDON)
        .plusDays(days)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
  }

  private static BookingForm hour(LocalDate day, String title) {
    Instant start = day.atTime(TEN).atZone(LONDON).toInstant();
    return new BookingForm(start, start.plusSeconds(3600), title, null, 6);
  }

  private static SeriesForm weekly(LocalDate first, int times) {
    return new SeriesForm(hour(first, "Weekly planning"), "WEEKLY", null, times);
  }

  private List<BookingView> holding(long room, LocalDate from, int days) {
    acting.as("trust.admin");
    return rooms.bookings(
        room,
        from.atStartOfDay(LONDON).toInstant(),
        from.plusDays(days).atStartOfDay(LONDON).toInstant());
  }

  /** The number of audit entries, read by the trust admin (act again afterwards). */
  private long auditEntries() {
    acting.as("trust.admin");
    return audit.count(AuditQuery.ALL);
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + DOMAIN)).orElseThrow().getId();
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  private void reopen(long school, LocalDate day) {
    acting.as("trust.admin");
    series.reopenDays(school, day, day);
  }

  @Test
  void aPreviewShowsClashesAndClosedDaysAndBookingBooksOnlyTheFreeDates() {
    long room = newRoom();
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    LocalDate first = tuesday(8);
    LocalDate closed = first.plusWeeks(1);
    LocalDate taken = first.plusWeeks(2);
    acting.as("school.admin"); // admin of Oakfield
    assertEquals(1, series.closeDays(oakfield, new ClosedDaysForm(closed, closed, "INSET day")));
    try {
      acting.as("catrin.morgan"); // staff at Oakfield
      long other = rooms.book(room, hour(taken, "Governors"));
      long auditBefore = auditEntries();
      acting.as("teacher");
      List<OccurrenceView> preview = series.preview(room, weekly(first, 4));
      assertEquals(
          List.of("FREE", "CLOSED", "CLASH", "FREE"),
          preview.stream().map(OccurrenceView::state).toList());
      assertEquals(
          List.of(first, closed, taken, first.plusWeeks(3)),
          preview.stream().map(OccurrenceView::day).toList());
      assertEquals(auditBefore, auditEntries(), "a preview writes nothing");
      assertEquals(1, holding(room, first, 40).size(), "a preview books nothing");

      acting.as("teacher");
      SeriesBooked booked = series.bookSeries(room, weekly(first, 4));
      assertEquals(2, booked.booked());
      assertEquals(
          List.of(closed, taken), booked.skipped().stream().map(OccurrenceView::day).toList());
      assertEquals(auditBefore + 1, auditEntries(), "one audit entry for the series");
      List<BookingView> after = holding(room, first, 40);
      assertEquals(3, after.size(), "the two free dates and the other booking: " + after);
      assertEquals(
          List.of(first, taken, first.plusWeeks(3)),
          after.stream().map(b -> LocalDate.ofInstant(b.start(), LONDON)).toList());
      assertEquals(other, after.get(1).id());
      assertTrue(after.get(0).inSeries() && after.get(2).inSeries());
      assertEquals(after.get(0).seriesId(), after.get(2).seriesId());
      assertEquals(booked.seriesId(), after.get(0).seriesId().longValue());
      assertFalse(after.get(1).inSeries());
      // Wall-clock time kept: every date at 10:00 in London.
      after.forEach(b -> assertEquals(TEN, b.start().atZone(LONDON).toLocalTime()));
    } finally {
      reopen(oakfield, closed);
    }
  }

  @Test
  void aClosedDayRefusesAOneOffBookingWithNothingWritten() {
    long room = newRoom();
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    LocalDate inset = tuesday(40);
    acting.as("trust.admin");
    series.closeDays(oakfield, new ClosedDaysForm(inset, inset.plusDays(2), "Half term"));
    try {
      acting.as("school.admin");
      assertTrue(
          series.closedDays(oakfield).stream()
              .anyMatch(
                  c ->
                      c.from().equals(inset) && c.to().equals(inset.plusDays(2)) && c.days() == 3));
      long auditBefore = auditEntries();
      acting.as("teacher");
      BusinessException refused =
          assertThrows(
              BusinessException.class, () -> rooms.book(room, hour(inset.plusDays(1), "INSET")));
      assertEquals("error.rooms.closedDay", refused.messageKey());
      assertEquals("Half term", refused.arguments()[0]);
      assertEquals(auditBefore, auditEntries());
      assertTrue(holding(room, inset, 3).isEmpty());
      acting.as("teacher");
      rooms.book(room, hour(inset.plusDays(3), "The day after")); // open again
    } finally {
      acting.as("trust.admin");
      assertEquals(3, series.reopenDays(oakfield, inset, inset.plusDays(2)));
    }
    acting.as("teacher");
    rooms.book(room, hour(inset, "Open again"));
  }

  @Test
  void cancellingThisAndTheRestLeavesTheEarlierDates() {
    long room = newRoom();
    LocalDate first = tuesday(50);
    acting.as("teacher");
    SeriesBooked booked = series.bookSeries(room, weekly(first, 4));
    assertEquals(4, booked.booked());
    List<BookingView> dates = holding(room, first, 30);
    assertEquals(4, dates.size());
    long second = dates.get(1).id();
    acting.as("catrin.morgan"); // Oakfield staff, not the organiser
    assertThrows(NotPermittedException.class, () -> series.cancelFollowing(second));
    acting.as("teacher");
    assertTrue(
        rooms.myBookings().stream()
            .anyMatch(b -> b.id() == second && b.inSeries() && b.mayCancel()));
    assertEquals(3, series.cancelFollowing(second));
    assertEquals(
        List.of(dates.get(0).id()),
        holding(room, first, 30).stream().map(BookingView::id).toList());
    acting.as("teacher");
    assertEquals("error.rooms.notCancellable", refusal(() -> series.cancelFollowing(second)));
    // A manager of the room's school cancels the last one, the organiser's own.
    acting.as("school.admin");
    assertEquals(1, series.cancelFollowing(dates.get(0).id()));
    assertTrue(holding(room, first, 30).isEmpty());
  }

  @Test
  void anotherSchoolsAdminCannotTouchTheClosedDays() {
    long oakfield = acting.school(RoomsIT.OAKFIELD);
    LocalDate day = tuesday(45);
    long auditBefore = auditEntries();
    acting.as("riverside.admin");
    assertThrows(NotPermittedException.class, () -> series.closedDays(oakfield));
    assertThrows(
        NotPermittedException.class,
        () -> series.closeDays(oakfield, new ClosedDaysForm(day, day, "Not mine")));
    assertThrows(NotPermittedException.class, () -> series.reopenDays(oakfield, day, day));
    acting.as("teacher");
    assertThrows(
        NotPermittedException.class,
        () -> series.closeDays(oakfield, new ClosedDaysForm(day, day, "Not mine")));
    assertEquals(auditBefore, auditEntries());
    acting.as("school.admin");
    assertTrue(series.closedDays(oakfield).stream().noneMatch(c -> c.from().equals(day)));
    assertEquals(
        "error.rooms.closedDay.toBeforeFrom",
        refusal(
            () -> series.closeDays(oakfield, new ClosedDaysForm(day, day.minusDays(1), "Back"))));
    assertEquals(
        "error.rooms.closedDay.reasonRequired",
        refusal(() -> series.closeDays(oakfield, new ClosedDaysForm(day, day, "  "))));
  }

  @Test
  void aSeriesRacingOneOffBookingsLeavesNoOverlap() throws Exception {
    long room = newRoom();
    LocalDate first = tuesday(15);
    long teacher = personId("teacher");
    long catrin = personId("catrin.morgan");
    ExecutorService pool = Executors.newFixedThreadPool(9);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      results.add(
          pool.submit(
              () -> {
                go.await();
                return seriesBooker.bookSeriesAs(teacher, room, weekly(first, 8));
              }));
      for (int week = 0; week < 8; week++) {
        LocalDate day = first.plusWeeks(week);
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return booker.bookAs(catrin, room, hour(day, "One-off"));
                }));
      }
      go.countDown();
      int oneOffs = 0;
      SeriesBooked made = null;
      for (Future<?> f : results) {
        try {
          Object r = f.get(120, TimeUnit.SECONDS);
          if (r instanceof SeriesBooked s) {
            made = s;
          } else {
            oneOffs++;
          }
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(
              e.getCause() instanceof BusinessException b
                  && "error.rooms.clash".equals(b.messageKey()),
              "refused as a clash: " + e.getCause());
        }
      }
      List<BookingView> held = holding(room, first, 60);
      assertEquals(8, held.size(), "each week held exactly once: " + held);
      int seriesDates = made == null ? 0 : made.booked();
      assertEquals(8, seriesDates + oneOffs);
      for (int i = 1; i < held.size(); i++) {
        assertFalse(held.get(i).start().isBefore(held.get(i - 1).end()), "no overlap");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
