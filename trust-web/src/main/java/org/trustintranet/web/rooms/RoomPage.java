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
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/room.xhtml: one room, its bookings in the next 14 days ("Busy" for those whose
 * details the person may not see) and the form that books it. A room the person may not see answers
 * 404, as one that does not exist. Times are chosen in the trust's time zone; the service's
 * refusals (a clash, too many people, the end before the start, outside the room's rules) are also
 * shown at their field. The room's booking rules are listed above the form.
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
          Map.entry("error.rooms.purposeTooLong", "book:purpose"));

  @Inject RoomService rooms;
  @Inject RoomRulesService roomRules;
  @Inject Feedback feedback;

  private RoomView room;
  private List<BookingView> bookings = List.of();
  private RoomRulesForm rules;
  private String date;
  private String start;
  private String end;
  private String title;
  private String purpose;
  private Integer attendees;

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
  }

  /** When the room may be booked: hours per weekday, shortest and longest booking, days ahead. */
  public RoomRulesForm getRules() {
    return rules;
  }

  /** Books the room for the slot of the form; on success, empties the form and shows the list. */
  public void book() {
    if (room == null) {
      return;
    }
    BookingForm form = form();
    if (form == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    String success = room.approvalRequired() ? "rooms.bookedPending" : "rooms.booked";
    if (feedback.attempt(() -> atTheField(form), success) != null) {
      date = null;
      start = null;
      end = null;
      title = null;
      purpose = null;
      attendees = null;
      load();
    }
  }

  private Long atTheField(BookingForm form) {
    try {
      return rooms.book(getId(), form);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BusinessException b && fieldOf(b.messageKey()) != null) {
          fieldMessage(fieldOf(b.messageKey()), feedback.text(b.messageKey(), b.arguments()));
        }
      }
      throw e;
    }
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

  public Integer getAttendees() {
    return attendees;
  }

  public void setAttendees(Integer attendees) {
    this.attendees = attendees;
  }
}
