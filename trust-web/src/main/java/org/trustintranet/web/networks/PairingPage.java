package org.trustintranet.web.networks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.trustintranet.networks.application.CoachingService;
import org.trustintranet.networks.application.PairingDetail;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.MeetingDetails;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs networks/pairing.xhtml?id=PAIR: one coaching pairing. The coach and the coachee read and
 * log their meetings (the day, agreed actions and private notes), set goals and record progress
 * while it is open; the network's leads and trust admins see only the days they met, and may end
 * it. A pairing the person may not see answers 404, as one that does not exist. Each action names
 * the pairing of the page's id and a goal from the list the page shows; the service checks both.
 */
@Named
@ViewScoped
public class PairingPage extends IdPage {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.of(
          "error.coaching.dateRequired", "meeting:metOn",
          "error.coaching.dateInFuture", "meeting:metOn",
          "error.coaching.dateOutsideYear", "meeting:metOn",
          "error.coaching.actionsTooLong", "meeting:actions",
          "error.coaching.notesTooLong", "meeting:notes",
          "error.coaching.goalRequired", "newGoal:goal",
          "error.coaching.goalTooLong", "newGoal:goal",
          "error.coaching.statusRequired", "progress:status",
          "error.coaching.progressTooLong", "progress:words");

  @Inject CoachingService coaching;
  @Inject Feedback feedback;

  private PairingDetail detail;
  private String metOn;
  private String actions;
  private String notes;
  private String goal;
  private Long goalId;
  private GoalStatus status;
  private String progress;

  public void load() {
    detail = readOrNotFound(id -> coaching.pairing(id));
  }

  private void reload() {
    PairingDetail again = feedback.attempt(() -> coaching.pairing(getId()), null);
    if (again != null) {
      detail = again;
    }
  }

  /** Logs the meeting of the form. */
  public void logMeeting() {
    if (detail == null || !detail.mayWrite()) {
      return;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(metOn == null ? "" : metOn.strip());
    } catch (DateTimeParseException e) {
      feedback.refuseAt("meeting:metOn", "error.coaching.dateRequired");
      return;
    }
    Long id =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> coaching.logMeeting(getId(), new MeetingDetails(day, actions, notes))),
            "coaching.meetingLogged");
    if (id != null) {
      metOn = null;
      actions = null;
      notes = null;
      reload();
    }
  }

  /** Sets the goal of the form. */
  public void addGoal() {
    if (detail == null || !detail.mayWrite()) {
      return;
    }
    Long id =
        feedback.attempt(
            () -> feedback.atTheField(FIELD_OF::get, () -> coaching.setGoal(getId(), goal)),
            "coaching.goalSet");
    if (id != null) {
      goal = null;
      reload();
    }
  }

  /** Records progress on the goal chosen from the pairing's goals. */
  public void recordProgress() {
    if (detail == null || !detail.mayWrite()) {
      return;
    }
    if (goalId == null || detail.goals().stream().noneMatch(g -> g.id() == goalId)) {
      feedback.refuseAt("progress:which", "error.coaching.goalChoice");
      return;
    }
    long which = goalId;
    Boolean saved =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> {
                      coaching.recordProgress(which, status, progress);
                      return Boolean.TRUE;
                    }),
            "coaching.progressSaved");
    if (saved != null) {
      goalId = null;
      status = null;
      progress = null;
      reload();
    }
  }

  /** Ends the pairing early (the network's leads). */
  public void end() {
    if (detail != null
        && detail.mayEnd()
        && feedback.attempt(() -> coaching.end(getId()), "coaching.ended")) {
      reload();
    }
  }

  public PairingDetail getDetail() {
    return detail;
  }

  public List<GoalStatus> getStatuses() {
    return List.of(GoalStatus.values());
  }

  public String getMetOn() {
    return metOn;
  }

  public void setMetOn(String metOn) {
    this.metOn = metOn;
  }

  public String getActions() {
    return actions;
  }

  public void setActions(String actions) {
    this.actions = actions;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public Long getGoalId() {
    return goalId;
  }

  public void setGoalId(Long goalId) {
    this.goalId = goalId;
  }

  public GoalStatus getStatus() {
    return status;
  }

  public void setStatus(GoalStatus status) {
    this.status = status;
  }

  public String getProgress() {
    return progress;
  }

  public void setProgress(String progress) {
    this.progress = progress;
  }
}
