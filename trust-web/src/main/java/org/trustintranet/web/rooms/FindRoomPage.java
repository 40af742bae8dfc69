package org.trustintranet.web.rooms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.RoomOptions;
import org.trustintranet.rooms.application.RoomSearch;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.rooms.application.SchoolOption;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;

/**
 * Backs rooms/find.xhtml: the free rooms, at every school where the person may book, for a date, a
 * start time and a length, with at least so many places and the facilities asked for, optionally at
 * one school; and "Book" beside each, which books that slot through the usual booking path (a clash
 * at that moment is refused as on the room's page). The search also runs from the address ({@code
 * ?date=2026-12-01&start=14:00&length=120&capacity=10&facilities=PROJECTOR&school=3}).
 */
@Named
@ViewScoped
public class FindRoomPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The lengths a search offers, in minutes. */
  static final List<Integer> LENGTHS = List.of(30, 60, 90, 120, 180, 240, 360, 480);

  @Inject RoomService rooms;
  @Inject Feedback feedback;

  private String date;
  private String start;
  private Integer length = 60;
  private Integer capacity = 1;
  private List<String> facilities = new ArrayList<>();
  private String school;
  private String title;
  private Integer attendees;
  private List<RoomView> results = List.of();
  private boolean searched;
  private List<SchoolOption> schoolOptions;

  /** On a GET with a date and a start time, searches at once. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback() && date != null && start != null) {
      search();
    }
  }

  public void search() {
    RoomSearch query = query();
    searched = false;
    results = List.of();
    if (query == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    List<RoomView> found = feedback.attempt(() -> rooms.freeRooms(query), null);
    if (found != null) {
      results = found;
      searched = true;
    }
  }

  /** Books the slot searched for at the room; then searches again (the room is no longer free). */
  public void book(long roomId) {
    RoomSearch query = query();
    if (query == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (title == null || title.isBlank()) {
      fieldMessage("find:title", feedback.text("error.rooms.titleRequired"));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    RoomView room = results.stream().filter(r -> r.id() == roomId).findFirst().orElse(null);
    int people = attendees == null ? Math.max(1, capacity == null ? 1 : capacity) : attendees;
    BookingForm form = new BookingForm(query.start(), query.end(), title, null, people);
    String success =
        room != null && room.approvalRequired() ? "rooms.bookedPending" : "rooms.booked";
    if (feedback.attempt(() -> atTheField(roomId, form), success) != null) {
      title = null;
      search();
    }
  }

  /** Books the room; a refusal of the title is also shown at the title. */
  private Long atTheField(long roomId, BookingForm form) {
    return feedback.atTheField(
        key -> key.startsWith("error.rooms.title") ? "find:title" : null,
        () -> rooms.book(roomId, form));
  }

  /** The search as the service takes it; null (with a message at the field) if unreadable. */
  private RoomSearch query() {
    LocalDate day;
    LocalTime from;
    try {
      day = LocalDate.parse(date.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      fieldMessage("find:date", feedback.text("rooms.book.date.invalid"));
      return null;
    }
    try {
      from = LocalTime.parse(start.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      fieldMessage("find:start", feedback.text("rooms.book.time.invalid"));
      return null;
    }
    if (length == null || length < 1 || length > 24 * 60) {
      fieldMessage("find:length", feedback.text("rooms.find.length.invalid"));
      return null;
    }
    Instant begins = day.atTime(from).atZone(Dates.TRUST_ZONE).toInstant();
    Instant ends = day.atTime(from).plusMinutes(length).atZone(Dates.TRUST_ZONE).toInstant();
    Long schoolId = null;
    if (school != null && !school.isBlank()) {
      try {
        schoolId = Long.valueOf(school.strip());
      } catch (NumberFormatException e) {
        schoolId = -1L; // names no school: nothing is found
      }
    }
    return new RoomSearch(
        begins, ends, capacity == null ? 1 : capacity, List.copyOf(facilities), schoolId);
  }

  private static void fieldMessage(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The schools with rooms the person may book, by name. */
  public List<SchoolOption> getSchoolOptions() {
    if (schoolOptions == null) {
      schoolOptions = rooms.bookingSchools();
    }
    return schoolOptions;
  }

  public List<String> getFacilityOptions() {
    return RoomOptions.FACILITIES;
  }

  public List<Integer> getLengthOptions() {
    return LENGTHS;
  }

  public List<RoomView> getResults() {
    return results;
  }

  public boolean isSearched() {
    return searched;
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

  public Integer getLength() {
    return length;
  }

  public void setLength(Integer length) {
    this.length = length;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public List<String> getFacilities() {
    return facilities;
  }

  public void setFacilities(List<String> facilities) {
    this.facilities = facilities == null ? new ArrayList<>() : new ArrayList<>(facilities);
  }

  /** The facilities as the address names them, comma-separated. */
  public String getFacilityList() {
    return String.join(",", facilities);
  }

  public void setFacilityList(String list) {
    facilities =
        list == null || list.isBlank()
            ? new ArrayList<>()
            : new ArrayList<>(Arrays.stream(list.split(",")).map(String::strip).toList());
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getAttendees() {
    return attendees;
  }

  public void setAttendees(Integer attendees) {
    this.attendees = attendees;
  }
}
