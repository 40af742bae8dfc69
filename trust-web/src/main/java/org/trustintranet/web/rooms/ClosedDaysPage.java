package org.trustintranet.web.rooms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.ClosedDaysForm;
import org.trustintranet.rooms.application.ClosedDaysView;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SchoolOption;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/closed-days.xhtml?school=ID: a school's closed days (its term calendar) for its
 * admins and trust admins, as runs of days with their reason; add a range, remove one. Someone else
 * gets 403, a school that does not exist 404.
 */
@Named
@ViewScoped
public class ClosedDaysPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject RoomSeriesService series;
  @Inject RoomService rooms;
  @Inject Feedback feedback;

  private String schoolName;
  private List<ClosedDaysView> closedDays;
  private String from;
  private String to;
  private String reason;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    closedDays = null;
    if (getId() == null) {
      ViewParams.notFound(faces);
      return;
    }
    try {
      closedDays = series.closedDays(getId());
    } catch (NotFoundException e) {
      ViewParams.notFound(faces);
      return;
    } catch (NotPermittedException e) {
      ViewParams.forbidden(faces);
      return;
    }
    schoolName =
        rooms.managedSchools().stream()
            .filter(s -> s.id() == getId())
            .map(SchoolOption::name)
            .findFirst()
            .orElse("");
  }

  /** Closes the school on each day from the first to the last (the first alone if none). */
  public void add() {
    if (closedDays == null) {
      return;
    }
    LocalDate first = day(from, "closed:from");
    LocalDate last = to == null || to.isBlank() ? first : day(to, "closed:to");
    if (first == null || last == null) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    ClosedDaysForm form = new ClosedDaysForm(first, last, reason);
    Integer added = feedback.attempt(() -> series.closeDays(getId(), form), null);
    if (added != null) {
      feedback.info("rooms.closedDays.added", added);
      from = null;
      to = null;
      reason = null;
      load();
    }
  }

  public void remove(ClosedDaysView run) {
    if (closedDays != null
        && feedback.attempt(
                () -> series.reopenDays(getId(), run.from(), run.to()), "rooms.closedDays.removed")
            != null) {
      load();
    }
  }

  private LocalDate day(String text, String field) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      String message = feedback.text("rooms.book.date.invalid");
      FacesContext.getCurrentInstance()
          .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
      return null;
    }
  }

  /** The day's first instant in the trust's zone, for {@code dates.fullDate}. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(Dates.TRUST_ZONE).toInstant();
  }

  public String getSchoolName() {
    return schoolName;
  }

  public List<ClosedDaysView> getClosedDays() {
    return closedDays;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
