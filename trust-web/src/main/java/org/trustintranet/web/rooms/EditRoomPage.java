package org.trustintranet.web.rooms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.RoomDraft;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomOptions;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SchoolOption;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/edit.xhtml: a new room (no id) at one of the schools the person administers, or
 * changes to one they manage (its school stays). Someone who manages no rooms gets 403; a room they
 * may not see, 404, as one that does not exist. The version loaded is kept, so that a change
 * someone else saved meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class EditRoomPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
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
