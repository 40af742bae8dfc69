package org.trustintranet.web.rooms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.DayHours;
import org.trustintranet.rooms.application.PhotoForm;
import org.trustintranet.rooms.application.PhotoUpload;
import org.trustintranet.rooms.application.RoomDraft;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomOptions;
import org.trustintranet.rooms.application.RoomPhotoService;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.RoomView;
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
 * their own, and its photo (JPEG, PNG or WebP, with its alternative text), in a multipart form of
 * its own: replaced by a new file, its text changed, or removed. The service's refusals of a photo
 * are shown at their field.
 */
@Named
@ViewScoped
public class EditRoomPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject RoomService rooms;
  @Inject RoomRulesService rules;
  @Inject RoomPhotoService photos;
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
  private transient Part photoFile;
  private String photoId;
  private String photoAlt;

  /** The field that shows each of the service's refusals of a photo. */
  private static final Map<String, String> PHOTO_FIELD_OF =
      Map.of(
          RoomPhotoService.NOT_AN_IMAGE, "photo:file",
          RoomPhotoService.TOO_MANY_PIXELS, "photo:file",
          RoomPhotoService.PHOTO_REQUIRED, "photo:file",
          PhotoUpload.TOO_LARGE, "photo:file",
          RoomPhotoService.ALT_REQUIRED, "photo:alt");

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
    RoomView view = rooms.room(getId());
    archived = view.archived();
    photoId = view.photoId();
    photoAlt = view.photoAlt();
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

  /** Gives the room the photo chosen, or new text for the one it has. */
  public String savePhoto() {
    if (getId() == null) {
      return null;
    }
    boolean saved;
    try {
      PhotoForm form = new PhotoForm(upload(), photoAlt);
      saved = feedback.attempt(() -> atPhotoField(form), "rooms.photo.saved");
    } catch (BusinessException tooLarge) {
      fieldMessage(PHOTO_FIELD_OF.get(tooLarge.messageKey()), tooLarge);
      feedback.error(tooLarge.messageKey(), tooLarge.arguments());
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    return saved ? "/rooms/edit?faces-redirect=true&id=" + getId() : null;
  }

  public String removePhoto() {
    if (getId() == null) {
      return null;
    }
    return feedback.attempt(() -> photos.removePhoto(getId()), "rooms.photo.removed")
        ? "/rooms/edit?faces-redirect=true&id=" + getId()
        : null;
  }

  private void atPhotoField(PhotoForm form) {
    try {
      photos.changePhoto(getId(), form);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BusinessException b && PHOTO_FIELD_OF.containsKey(b.messageKey())) {
          fieldMessage(PHOTO_FIELD_OF.get(b.messageKey()), b);
        }
      }
      throw e;
    }
  }

  private void fieldMessage(String field, BusinessException b) {
    String text = feedback.text(b.messageKey(), b.arguments());
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The image chosen in the photo field; none when no file was chosen. */
  private PhotoUpload upload() {
    if (photoFile == null || photoFile.getSize() == 0) {
      return null;
    }
    try (InputStream in = photoFile.getInputStream()) {
      return PhotoUpload.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address of the room's photo, to show it (none when it has none). */
  public String getPhotoAddress() {
    return getId() == null ? null : RoomPhotoServlet.address(getId(), photoId);
  }

  /** True for a postback that is not multipart: the file field is then left alone. */
  public boolean isFileFieldSkipped() {
    return ViewParams.isNonMultipartPostback(FacesContext.getCurrentInstance());
  }

  public boolean isHasPhoto() {
    return photoId != null;
  }

  public Part getPhotoFile() {
    return photoFile;
  }

  public void setPhotoFile(Part photoFile) {
    this.photoFile = photoFile;
  }

  public String getPhotoAlt() {
    return photoAlt;
  }

  public void setPhotoAlt(String photoAlt) {
    this.photoAlt = photoAlt;
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
