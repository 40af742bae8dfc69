package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.OpenClassroomService;
import org.trustintranet.networks.application.OpenClassroomView;
import org.trustintranet.networks.domain.OpenClassroomDetails;
import org.trustintranet.web.support.Feedback;

/**
 * Backs learning/open-classrooms.xhtml: the open classrooms to come, of every school, with signing
 * up and withdrawing; the form to offer one; and the asker's own offers with who is coming and
 * cancelling. Each action names an offer the page lists; the service checks again (the teacher or
 * an admin of their school cancels, nobody signs up for their own).
 */
@Named
@ViewScoped
public class OpenClassroomsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.openClassroom.dateRequired", "offer:day"),
          Map.entry("error.openClassroom.datePast", "offer:day"),
          Map.entry("error.openClassroom.bothTimes", "offer:end"),
          Map.entry("error.openClassroom.endBeforeStart", "offer:end"),
          Map.entry("error.openClassroom.whenRequired", "offer:period"),
          Map.entry("error.openClassroom.periodTooLong", "offer:period"),
          Map.entry("error.openClassroom.classRequired", "offer:group"),
          Map.entry("error.openClassroom.classTooLong", "offer:group"),
          Map.entry("error.openClassroom.subjectRequired", "offer:subject"),
          Map.entry("error.openClassroom.subjectTooLong", "offer:subject"),
          Map.entry("error.openClassroom.focusAreaRequired", "offer:area"),
          Map.entry("error.openClassroom.descriptionRequired", "offer:description"),
          Map.entry("error.openClassroom.descriptionTooLong", "offer:description"),
          Map.entry("error.openClassroom.limit", "offer:limit"));

  @Inject OpenClassroomService openClassrooms;
  @Inject Feedback feedback;

  private List<OpenClassroomView> upcoming;
  private List<OpenClassroomView> mine;
  private List<FocusAreaView> areas;
  private boolean mayOffer;

  private String day;
  private String start;
  private String end;
  private String period;
  private String group;
  private String subject;
  private Long areaId;
  private String description;
  private Integer limit = 3;

  public void load() {
    if (upcoming == null) {
      reload();
      mayOffer = openClassrooms.mayOffer();
      areas = mayOffer ? openClassrooms.focusAreas() : List.of();
    }
  }

  private void reload() {
    upcoming = openClassrooms.upcoming();
    mine = openClassrooms.mine();
  }

  /** Offers the open classroom of the form. */
  public void offer() {
    if (!mayOffer) {
      return;
    }
    OpenClassroomDetails details;
    try {
      details =
          feedback.atTheField(
              FIELD_OF::get,
              () ->
                  new OpenClassroomDetails(
                      blank(day) ? null : LocalDate.parse(day.strip()),
                      blank(start) ? null : LocalTime.parse(start.strip()),
                      blank(end) ? null : LocalTime.parse(end.strip()),
                      period,
                      group,
                      subject,
                      areaId,
                      description,
                      limit == null ? 0 : limit));
    } catch (DateTimeParseException e) {
      feedback.refuseAt("offer:day", "error.openClassroom.dateRequired");
      return;
    } catch (BusinessException e) {
      feedback.error(e.messageKey(), e.arguments());
      return;
    }
    Long id =
        feedback.attempt(
            () -> feedback.atTheField(FIELD_OF::get, () -> openClassrooms.offer(details)),
            "learning.openClassroom.offered");
    if (id != null) {
      day = null;
      start = null;
      end = null;
      period = null;
      group = null;
      subject = null;
      areaId = null;
      description = null;
      limit = 3;
      reload();
    }
  }

  public void signUp(long id) {
    if (listed(id)
        && feedback.attempt(() -> openClassrooms.signUp(id), "learning.openClassroom.signedUp")) {
      reload();
    }
  }

  public void withdraw(long id) {
    if (listed(id)
        && feedback.attempt(
            () -> openClassrooms.withdraw(id), "learning.openClassroom.withdrawn")) {
      reload();
    }
  }

  public void cancel(long id) {
    if (listed(id)
        && feedback.attempt(() -> openClassrooms.cancel(id), "learning.openClassroom.cancelled")) {
      reload();
    }
  }

  private boolean listed(long id) {
    return Stream.concat(upcoming.stream(), mine.stream()).anyMatch(o -> o.id() == id);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The focus area's name in the page's language. */
  public String areaName(FocusAreaView area, String language) {
    return area == null ? "" : area.nameIn(language);
  }

  public int getMostVisitors() {
    return OpenClassroomDetails.MOST_VISITORS;
  }

  public List<OpenClassroomView> getUpcoming() {
    return upcoming;
  }

  public List<OpenClassroomView> getMine() {
    return mine;
  }

  public List<FocusAreaView> getAreas() {
    return areas;
  }

  public boolean isMayOffer() {
    return mayOffer;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
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

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getLimit() {
    return limit;
  }

  public void setLimit(Integer limit) {
    this.limit = limit;
  }
}
