package org.trustintranet.web.networks;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.trustintranet.networks.application.NetworkPage;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionRepeat;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs networks/schedule.xhtml?id=NETWORK: a lead schedules a session of their network, in a room
 * they may book (booked through the rooms service, whose rules, approval and clash check apply) or
 * online; repeated each term if asked (one session per occurrence, each with its own room booking,
 * all or nothing). Those who may not manage the network get 403; a network that does not exist 404.
 */
@Named
@ViewScoped
public class SchedulePage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** The field that shows each of the service's refusals. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.networks.session.titleRequired", "schedule:title"),
          Map.entry("error.networks.session.titleTooLong", "schedule:title"),
          Map.entry("error.networks.session.agendaTooLong", "schedule:agenda"),
          Map.entry("error.networks.session.endBeforeStart", "schedule:end"),
          Map.entry("error.networks.session.inThePast", "schedule:start"),
          Map.entry("error.networks.session.capacity", "schedule:capacity"),
          Map.entry("error.networks.session.roomOrLink", "schedule:room"),
          Map.entry("error.networks.session.link", "schedule:link"),
          Map.entry("error.rooms.clash", "schedule:start"),
          Map.entry("error.networks.session.repeat.clash", "schedule:date"),
          Map.entry("error.networks.session.repeat.tooFarAhead", "schedule:repeatCount"),
          Map.entry("error.networks.session.repeat.closedDay", "schedule:date"),
          Map.entry("error.networks.session.repeat.count", "schedule:repeatCount"),
          Map.entry("error.networks.session.repeat.weeks", "schedule:repeatWeeks"),
          Map.entry("error.rooms.overCapacity", "schedule:capacity"),
          Map.entry("error.rooms.inThePast", "schedule:start"),
          Map.entry("error.rooms.tooFarAhead", "schedule:date"),
          Map.entry("error.rooms.closedDay", "schedule:date"),
          Map.entry("error.rooms.tooShort", "schedule:end"),
          Map.entry("error.rooms.tooLong", "schedule:end"));

  @Inject NetworkService networks;
  @Inject SessionService sessions;
  @Inject RoomService rooms;
  @Inject Feedback feedback;

  private NetworkPage network;
  private List<RoomView> bookable = List.of();
  private String title;
  private String agenda;
  private String date;
  private String start;
  private String end;
  private Integer capacity;
  private Long roomId;
  private String link;
  private boolean repeat;
  private Integer repeatCount = 3;
  private Integer repeatWeeks = SessionRepeat.A_TERM;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    network = getId() == null ? null : feedback.attempt(() -> networks.page(getId()), null);
    if (network == null) {
      ViewParams.notFound(faces);
      return;
    }
    if (!network.mayManage()) {
      ViewParams.forbidden(faces);
      return;
    }
    bookable = rooms.bookableRooms();
  }

  public String schedule() {
    if (network == null || !network.mayManage()) {
      return null;
    }
    SessionDetails details = details();
    if (details == null) {
      return null;
    }
    if (repeat) {
      return scheduleRepeating(details);
    }
    Long id =
        feedback.attempt(
            () -> feedback.atTheField(FIELD_OF::get, () -> sessions.schedule(getId(), details)),
            "networks.session.scheduled");
    return id == null ? null : "/networks/session?faces-redirect=true&id=" + id;
  }

  /** One session per occurrence, all or nothing; then the network's page, which lists them. */
  private String scheduleRepeating(SessionDetails details) {
    SessionRepeat every =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () ->
                        new SessionRepeat(
                            repeatCount == null ? 0 : repeatCount,
                            repeatWeeks == null ? 0 : repeatWeeks)),
            null);
    if (every == null) {
      return null;
    }
    List<Long> ids =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get, () -> sessions.scheduleRepeating(getId(), details, every)),
            null);
    if (ids == null) {
      return null;
    }
    feedback.info("networks.session.scheduledMany", ids.size());
    return "/networks/network?faces-redirect=true&id=" + getId();
  }

  /** What the form says, checked; null (with a message at the field) when it cannot be read. */
  private SessionDetails details() {
    LocalDate day;
    LocalTime from;
    LocalTime to;
    try {
      day = LocalDate.parse(date.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      return atField("schedule:date", "networks.session.date.invalid");
    }
    try {
      from = LocalTime.parse(start.strip());
      to = LocalTime.parse(end.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      return atField("schedule:start", "networks.session.time.invalid");
    }
    return feedback.attempt(
        () ->
            feedback.atTheField(
                FIELD_OF::get,
                () ->
                    new SessionDetails(
                        title,
                        agenda,
                        day.atTime(from).atZone(Dates.TRUST_ZONE).toInstant(),
                        day.atTime(to).atZone(Dates.TRUST_ZONE).toInstant(),
                        capacity == null ? 0 : capacity,
                        roomId,
                        link)),
        null);
  }

  private SessionDetails atField(String field, String key) {
    String text = feedback.text(key);
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    feedback.error(key);
    return null;
  }

  public NetworkPage getNetwork() {
    return network;
  }

  public List<RoomView> getBookable() {
    return bookable;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
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

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isRepeat() {
    return repeat;
  }

  public void setRepeat(boolean repeat) {
    this.repeat = repeat;
  }

  public Integer getRepeatCount() {
    return repeatCount;
  }

  public void setRepeatCount(Integer repeatCount) {
    this.repeatCount = repeatCount;
  }

  public Integer getRepeatWeeks() {
    return repeatWeeks;
  }

  public void setRepeatWeeks(Integer repeatWeeks) {
    this.repeatWeeks = repeatWeeks;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
