package org.trustintranet.web.rooms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.DayHours;
import org.trustintranet.rooms.application.RoomDraft;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomOptions;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SchoolOption;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/edit.xhtml: a new room (no id) at one of the schools the person administers, or
 * changes to one they manage (its school stays). Someone who manages no rooms gets 403; a room they
 * may not see, 404, as one that does not exist. The version loaded is kept, so that a change
 * someone else saved meanwhile is reported, never overwritten. A room that exists also has its
 * booking rules here (hours per weekday, shortest and longest booking, days ahead), in a form of
 * their own.
 */
@Named
@ViewScoped
public class EditRoomPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
  @Inject RoomRulesService rules;
  @Inject Feedback feedback;

  private List<SchoolOption> schools = List.of();
  private long loadedVersion;
  private String schoolName;
  private String school;
  private String name;
  private Integer capacity;
  private List<String> facilities = new ArrayList<>();
  private String location;
  private String directions;
  private String sharing = RoomOptions.OWN_SCHOOL;
  private boolean approvalRequired;
  private boolean archived;
  private boolean idGiven;
  private List<RulesRow> days = new ArrayList<>();
  private Integer minMinutes;
  private Integer maxMinutes;
  private Integer daysAhead;

  /** An id that names no room ("abc", "-1") answers 404, rather than opening a new room's form. */
  @Override
  public void setIdText(String text) {
    super.setIdText(text);
    idGiven |= text != null && !text.isBlank();
  }

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    schools = rooms.managedSchools();
    if (schools.isEmpty()) {
      ViewParams.forbidden(faces);
      return;
    }
    if (getId() == null && idGiven) {
      ViewParams.notFound(faces);
      return;
    }
    if (getId() == null) {
      if (school == null && schools.size() == 1) {
        school = String.valueOf(schools.get(0).id());
      }
      return;
    }
    RoomDraft draft;
    try {
      draft = rooms.draft(getId());
    } catch (NotFoundException e) {
      ViewParams.notFound(faces);
      return;
    } catch (NotPermittedException e) {
      ViewParams.forbidden(faces);
      return;
    }
    loadedVersion = draft.version();
    schoolName = draft.schoolName();
    RoomForm form = draft.form();
    school = String.valueOf(form.schoolId());
    name = form.name();
    capacity = form.capacity();
    facilities = new ArrayList<>(form.facilities());
    location = form.location();
    directions = form.directions();
    sharing = form.sharing();
    approvalRequired = form.approvalRequired();
    archived = rooms.room(getId()).archived();
    RoomRulesForm current = rules.rules(getId());
    days = new ArrayList<>();
    for (DayHours day : current.days()) {
      days.add(
          new RulesRow(
              day.day(),
              day.open(),
              day.open() ? day.opens().toString() : null,
              day.open() ? day.closes().toString() : null));
    }
    minMinutes = current.minMinutes();
    maxMinutes = current.maxMinutes();
    daysAhead = current.daysAhead();
  }

  /** Saves when the room may be booked (the rules form; only for a room that exists). */
  public String saveRules() {
    if (getId() == null) {
      return null;
    }
    List<DayHours> hours = new ArrayList<>();
    for (RulesRow row : days) {
      if (!row.isOpen()) {
        hours.add(new DayHours(row.getDay(), null, null));
        continue;
      }
      try {
        hours.add(
            new DayHours(
                row.getDay(),
                LocalTime.parse(String.valueOf(row.getOpens()).strip()),
                LocalTime.parse(String.valueOf(row.getCloses()).strip())));
      } catch (DateTimeParseException e) {
        feedback.error("rooms.book.time.invalid");
        FacesContext.getCurrentInstance().validationFailed();
        return null;
      }
    }
    RoomRulesForm form =
        new RoomRulesForm(
            hours,
            minMinutes == null ? 0 : minMinutes,
            maxMinutes == null ? 0 : maxMinutes,
            daysAhead == null ? 0 : daysAhead);
    return feedback.attempt(
            () -> rules.changeRules(getId(), loadedVersion, form), "rooms.rules.saved")
        ? "/rooms/room?faces-redirect=true&id=" + getId()
        : null;
  }

  public List<RulesRow> getDays() {
    return days;
  }

  public Integer getMinMinutes() {
    return minMinutes;
  }

  public void setMinMinutes(Integer minMinutes) {
    this.minMinutes = minMinutes;
  }

  public Integer getMaxMinutes() {
    return maxMinutes;
  }

  public void setMaxMinutes(Integer maxMinutes) {
    this.maxMinutes = maxMinutes;
  }

  public Integer getDaysAhead() {
    return daysAhead;
  }

  public void setDaysAhead(Integer daysAhead) {
    this.daysAhead = daysAhead;
  }

  public String save() {
    Long schoolId = getId() == null ? ViewParams.parseId(school) : Long.valueOf(school);
    if (schoolId == null) {
      feedback.error("error.rooms.unknownSchool");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    RoomForm form =
        new RoomForm(
            schoolId,
            name,
            capacity == null ? 0 : capacity,
            facilities,
            location,
            directions,
            sharing,
            approvalRequired);
    Long saved =
        feedback.attempt(
            () -> {
              if (getId() == null) {
                return rooms.create(form);
              }
              rooms.revise(getId(), loadedVersion, form);
              return getId();
            },
            "rooms.saved");
    return saved == null ? null : "/rooms/room?faces-redirect=true&id=" + saved;
  }

  public String archive() {
    if (getId() == null) {
      return null;
    }
    return feedback.attempt(() -> rooms.archive(getId(), loadedVersion), "rooms.archivedDone")
        ? "/rooms/index?faces-redirect=true"
        : null;
  }

  public boolean isNew() {
    return getId() == null;
  }

  public List<SchoolOption> getSchoolOptions() {
    return schools;
  }

  public List<String> getFacilityOptions() {
    return RoomOptions.FACILITIES;
  }

  public List<String> getSharingOptions() {
    return RoomOptions.SHARING;
  }

  public String getSchoolName() {
    return schoolName;
  }

  public boolean isArchived() {
    return archived;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getDirections() {
    return directions;
  }

  public void setDirections(String directions) {
    this.directions = directions;
  }

  public String getSharing() {
    return sharing;
  }

  public void setSharing(String sharing) {
    this.sharing = sharing;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }
}
