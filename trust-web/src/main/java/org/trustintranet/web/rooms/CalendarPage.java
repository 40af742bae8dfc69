package org.trustintranet.web.rooms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.rooms.application.BookingView;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/calendar.xhtml: the day, week and month calendar of one room ({@code ?room=ID}) or of
 * a school's rooms that the person may see ({@code ?school=ID}). The schedule's lazy model asks the
 * service for the visible range only, once per range; bookings whose details the person may not see
 * read "Busy". A room or school the person may see nothing of answers 404.
 *
 * <p>Times are UK wall-clock times whatever the browser's zone: the schedule runs in UTC on both
 * sides ({@code timeZone} and {@code clientTimeZone}), and the model's local date-times are the
 * trust's (Europe/London), so 10:00 in the calendar is 10:00 in the school, in summer too.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
  @Inject Feedback feedback;

  private Long roomId;
  private Long schoolId;
  private boolean bound;
  private String heading;
  private String schoolName;
  private final Bookings model = new Bookings(this);

  /** The view parameters, bound once: a postback cannot switch the calendar to another room. */
  public void setRoom(String text) {
    if (!bound) {
      roomId = ViewParams.parseId(text);
    }
  }

  public String getRoom() {
    return roomId == null ? null : roomId.toString();
  }

  public void setSchool(String text) {
    if (!bound) {
      schoolId = ViewParams.parseId(text);
    }
  }

  public String getSchool() {
    return schoolId == null ? null : schoolId.toString();
  }

  public void load() {
    bound = true;
    heading = null;
    if (roomId != null) {
      try {
        RoomView room = rooms.room(roomId);
        heading = room.name();
        schoolName = room.schoolName();
      } catch (NotFoundException e) {
        heading = null;
      }
    } else if (schoolId != null) {
      rooms.schoolCalendarName(schoolId).ifPresent(name -> heading = schoolName = name);
    }
    if (heading == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
  }

  /** The bookings overlapping [from, to) of the room or of the school's rooms. */
  List<BookingView> bookings(Instant from, Instant to) {
    if (heading == null) {
      return List.of();
    }
    return roomId != null
        ? rooms.roomCalendar(roomId, from, to)
        : rooms.schoolCalendar(schoolId, from, to);
  }

  String titleOf(BookingView b) {
    String what = b.busy() ? feedback.text("rooms.busy") : b.title();
    return roomId != null ? what : b.roomName() + ": " + what;
  }

  public boolean isOfSchool() {
    return roomId == null;
  }

  public Long getRoomId() {
    return roomId;
  }

  public String getHeading() {
    return heading;
  }

  public String getSchoolName() {
    return schoolName;
  }

  public LazyScheduleModel getModel() {
    return model;
  }

  /** The schedule's language: Welsh or British English (Monday first, 24-hour clock). */
  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale page = faces == null ? null : faces.getViewRoot().getLocale();
    return page != null && "cy".equals(page.getLanguage())
        ? Locale.forLanguageTag("cy")
        : Locale.UK;
  }

  /**
   * The events of the visible range, read once per range the schedule asks for. They are kept in
   * the request, not in the model: the model lives as long as the view, and two requests of one
   * view at once (a quick "next, next", or two tabs of one view) would otherwise clear and fill one
   * list together, and one of them could answer with the other's events or none.
   */
  static final class Bookings extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;
    private static final String EVENTS = Bookings.class.getName() + ".events";
    private final CalendarPage page;

    Bookings(CalendarPage page) {
      this.page = page;
    }

    @SuppressWarnings("unchecked")
    private static List<ScheduleEvent<?>> ofThisRequest() {
      return (List<ScheduleEvent<?>>)
          FacesContext.getCurrentInstance()
              .getAttributes()
              .computeIfAbsent(EVENTS, key -> new ArrayList<ScheduleEvent<?>>());
    }

    @Override
    public void addEvent(ScheduleEvent<?> event) {
      ofThisRequest().add(event);
    }

    @Override
    public List<ScheduleEvent<?>> getEvents() {
      return ofThisRequest();
    }

    @Override
    public int getEventCount() {
      return ofThisRequest().size();
    }

    @Override
    public void clear() {
      ofThisRequest().clear();
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      List<BookingView> bookings;
      try {
        bookings =
            page.bookings(
                start.atZone(Dates.TRUST_ZONE).toInstant(),
                end.atZone(Dates.TRUST_ZONE).toInstant());
      } catch (BusinessException e) {
        bookings = List.of(); // a range the service refuses (over six weeks): nothing to show
      }
      String contextPath =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      for (BookingView b : bookings) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(Long.toString(b.id()))
                .title(page.titleOf(b))
                .startDate(LocalDateTime.ofInstant(b.start(), Dates.TRUST_ZONE))
                .endDate(LocalDateTime.ofInstant(b.end(), Dates.TRUST_ZONE))
                .description(b.busy() ? null : b.organiserName())
                .url(b.busy() || !b.linked() ? null : contextPath + b.linkPath())
                .styleClass(b.busy() ? "booking-busy" : b.pending() ? "booking-pending" : null)
                .editable(false)
                .build());
      }
    }
  }
}
