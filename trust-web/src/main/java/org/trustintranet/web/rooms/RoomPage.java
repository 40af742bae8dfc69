package org.trustintranet.web.rooms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.OccurrenceView;
import org.trustintranet.rooms.application.PeriodView;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.application.SchoolPeriodsService;
import org.trustintranet.rooms.application.SeriesBooked;
import org.trustintranet.rooms.application.SeriesForm;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/room.xhtml: one room, its bookings in the next 14 days ("Busy" for those whose
 * details the person may not see) and the form that books it. A room the person may not see answers
 * 404, as one that does not exist. Times are chosen in the trust's time zone; the service's
 * refusals (a clash, too many people, the end before the start, outside the room's rules) are also
 * shown at their field. The room's booking rules are listed above the form. When the room's school
 * keeps periods, "Book by period" fills the start and end from a first and a last period; the
 * booking is still made, and checked, by its clock times, which stay editable.
 */
@Named
@ViewScoped
public class RoomPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** How far ahead the page lists bookings. */
  static final Duration AHEAD = Duration.ofDays(14);

  /** The field that shows each of the service's refusals. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.rooms.clash", "book:start"),
          Map.entry("error.rooms.inThePast", "book:start"),
          Map.entry("error.rooms.tooFarAhead", "book:date"),
          Map.entry("error.rooms.tooShort", "book:end"),
          Map.entry("error.rooms.tooLong", "book:end"),
          Map.entry("error.rooms.tooLongHours", "book:end"),
          Map.entry("error.rooms.endNotAfterStart", "book:end"),
          Map.entry("error.rooms.overCapacity", "book:attendees"),
          Map.entry("error.rooms.noAttendees", "book:attendees"),
          Map.entry("error.rooms.titleRequired", "book:title"),
          Map.entry("error.rooms.titleTooLong", "book:title"),
          Map.entry("error.rooms.purposeTooLong", "book:purpose"),
          Map.entry("error.rooms.closedDay", "book:date"),
          Map.entry("error.rooms.noSuchTime", "book:start"),
          Map.entry("error.rooms.series.oneDay", "book:end"),
          Map.entry("error.rooms.series.unknownRepeat", "book:repeat"),
          Map.entry("error.rooms.series.untilOrCount", "book:until"),
          Map.entry("error.rooms.series.untilBeforeFirst", "book:until"),
          Map.entry("error.rooms.series.tooLong", "book:until"),
          Map.entry("error.rooms.series.tooMany", "book:times"));

  /** The choices of "Repeat": none, or one of the series' patterns. */
  static final List<String> REPEATS = List.of("NONE", "DAILY", "WEEKLY", "FORTNIGHTLY", "MONTHLY");

  @Inject RoomService rooms;
  @Inject RoomRulesService roomRules;
  @Inject RoomSeriesService series;
  @Inject SchoolPeriodsService schoolPeriods;
  @Inject Feedback feedback;

  private RoomView room;
  private List<BookingView> bookings = List.of();
  private RoomRulesForm rules;
  private List<PeriodView> periods = List.of();
  private Integer firstPeriod;
  private Integer lastPeriod;
  private String date;
  private String start;
  private String end;
  private String title;
  private String purpose;
  private Integer attendees;
  private String repeat = "NONE";
  private String until;
  private Integer times;

  /** The series whose dates are shown, waiting for "Book the free dates" or "Cancel". */
  private SeriesForm previewed;

  private List<OccurrenceView> preview;

  public void load() {
    room = null;
    if (getId() != null) {
      try {
        room = rooms.room(getId());
      } catch (NotFoundException e) {
        room = null;
      }
    }
    if (room == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
      return;
    }
    Instant now = Instant.now();
    bookings = rooms.bookings(getId(), now, now.plus(AHEAD));
    rules = roomRules.rules(getId());
    periods = schoolPeriods.periodsOfRoom(getId());
  }

  /** Fills the start from the first period chosen and the end from the last (the first if none). */
  public void usePeriods() {
    if (room == null || periods.isEmpty() || firstPeriod == null) {
      fieldMessage("book:firstPeriod", feedback.text("rooms.book.period.choose"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    int last = lastPeriod == null ? firstPeriod : lastPeriod;
    if (firstPeriod < 0 || firstPeriod >= periods.size() || last < 0 || last >= periods.size()) {
      fieldMessage("book:firstPeriod", feedback.text("rooms.book.period.choose"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (last < firstPeriod) {
      fieldMessage("book:lastPeriod", feedback.text("rooms.book.period.order"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    start = periods.get(firstPeriod).starts().toString();
    end = periods.get(last).ends().toString();
  }

  /** The periods of the room's school, in order (none when it keeps none). */
  public List<PeriodView> getPeriods() {
    return periods;
  }

  public Integer getFirstPeriod() {
    return firstPeriod;
  }

  public void setFirstPeriod(Integer firstPeriod) {
    this.firstPeriod = firstPeriod;
  }

  public Integer getLastPeriod() {
    return lastPeriod;
  }

  public void setLastPeriod(Integer lastPeriod) {
    this.lastPeriod = lastPeriod;
  }

  /** When the room may be booked: hours per weekday, shortest and longest booking, days ahead. */
  public RoomRulesForm getRules() {
    return rules;
  }

  /**
   * Books the room for the slot of the form; on success, empties the form and shows the list. A
   * repeated booking is not booked here: its dates are shown first ({@link #bookSeries}).
   */
  public void book() {
    if (room == null) {
      return;
    }
    BookingForm form = form();
    if (form == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (!"NONE".equals(repeat)) {
      showDates(form);
      return;
    }
    String success = room.approvalRequired() ? "rooms.bookedPending" : "rooms.booked";
    if (feedback.attempt(() -> atTheField(form), success) != null) {
      clearForm();
      load();
    }
  }

  private void showDates(BookingForm first) {
    LocalDate last = null;
    if (until != null && !until.isBlank()) {
      try {
        last = LocalDate.parse(until.strip());
      } catch (DateTimeParseException e) {
        fieldMessage("book:until", feedback.text("rooms.repeat.until.invalid"));
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
    }
    SeriesForm form = new SeriesForm(first, repeat, last, times);
    List<OccurrenceView> dates =
        feedback.attempt(() -> atTheField(() -> series.preview(getId(), form)), null);
    if (dates != null) {
      previewed = form;
      preview = dates;
    }
  }

  /** Books the free dates of the series shown; says how many, and how many were taken meanwhile. */
  public void bookSeries() {
    if (room == null || previewed == null) {
      return;
    }
    SeriesForm form = previewed;
    SeriesBooked done =
        feedback.attempt(() -> atTheField(() -> series.bookSeries(getId(), form)), null);
    if (done == null) {
      return;
    }
    if (done.booked() == 0) {
      feedback.error("rooms.series.notBooked");
    } else if (done.skipped().isEmpty()) {
      feedback.info("rooms.series.booked", done.booked());
    } else {
      feedback.info("rooms.series.bookedSkipped", done.booked(), done.skipped().size());
    }
    clearForm();
    // The fields were not applied (the button is immediate): show them empty, not as sent.
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().resetValues(faces, List.of("book"));
    load();
  }

  /** Leaves the series unbooked, its dates hidden and the form as it was. */
  public void dropSeries() {
    previewed = null;
    preview = null;
    feedback.info("rooms.series.dropped");
  }

  private void clearForm() {
    date = null;
    start = null;
    end = null;
    title = null;
    purpose = null;
    attendees = null;
    repeat = "NONE";
    until = null;
    times = null;
    previewed = null;
    preview = null;
  }

  private Long atTheField(BookingForm form) {
    return atTheField(() -> rooms.book(getId(), form));
  }

  private <T> T atTheField(Supplier<T> call) {
    return feedback.atTheField(RoomPage::fieldOf, call);
  }

  /** The field that shows the refusal {@code key}, or null; the rules' have one key per weekday. */
  private static String fieldOf(String key) {
    if (key.startsWith("error.rooms.outsideHours.")) {
      return "book:start";
    }
    if (key.startsWith("error.rooms.closedOnDay.")) {
      return "book:date";
    }
    return FIELD_OF.get(key);
  }

  /**
   * The form as the service takes it; null (with a message at the field) if a time is unreadable.
   */
  private BookingForm form() {
    LocalDate day;
    LocalTime from;
    LocalTime to;
    try {
      day = LocalDate.parse(date.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      fieldMessage("book:date", feedback.text("rooms.book.date.invalid"));
      return null;
    }
    try {
      from = LocalTime.parse(start.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      fieldMessage("book:start", feedback.text("rooms.book.time.invalid"));
      return null;
    }
    try {
      to = LocalTime.parse(end.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      fieldMessage("book:end", feedback.text("rooms.book.time.invalid"));
      return null;
    }
    return new BookingForm(
        day.atTime(from).atZone(Dates.TRUST_ZONE).toInstant(),
        day.atTime(to).atZone(Dates.TRUST_ZONE).toInstant(),
        title,
        purpose,
        attendees == null ? 0 : attendees);
  }

  private static void fieldMessage(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public RoomView getRoom() {
    return room;
  }

  public List<BookingView> getBookings() {
    return bookings;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public List<String> getRepeats() {
    return REPEATS;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat == null || !REPEATS.contains(repeat) ? "NONE" : repeat;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public Integer getTimes() {
    return times;
  }

  public void setTimes(Integer times) {
    this.times = times;
  }

  /** The dates of the series waiting for confirmation; null when none is shown. */
  public List<OccurrenceView> getPreview() {
    return preview;
  }

  public long getFreeDates() {
    return preview == null ? 0 : preview.stream().filter(OccurrenceView::free).count();
  }

  /** "Book the N free dates". */
  public String getBookFreeLabel() {
    return feedback.text("rooms.series.bookFree", getFreeDates());
  }

  public Integer getAttendees() {
    return attendees;
  }

  public void setAttendees(Integer attendees) {
    this.attendees = attendees;
  }
}
