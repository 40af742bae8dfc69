package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.trustintranet.networks.application.ObservationDetail;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs learning/observation.xhtml?id=OBSERVATION: one observation for one of its two people: its
 * details, the answer (for the invitee), the lesson to agree or change, cancelling, marking it
 * done, and the two feedbacks, each person editing only their own. Anyone else, admins included,
 * gets 404, as for an observation that does not exist.
 */
@Named
@ViewScoped
public class ObservationPage extends IdPage {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.observation.dateRequired", "agree:day"),
          Map.entry("error.observation.datePast", "agree:day"),
          Map.entry("error.observation.timeRequired", "agree:time"),
          Map.entry("error.observation.timeTooLong", "agree:time"),
          Map.entry("error.observation.lessonRequired", "agree:lesson"),
          Map.entry("error.observation.lessonTooLong", "agree:lesson"),
          Map.entry("error.observation.reasonTooLong", "answer:reason"),
          Map.entry("error.observation.feedbackEmpty", "feedback:wentWell"),
          Map.entry("error.observation.wentWellTooLong", "feedback:wentWell"),
          Map.entry("error.observation.nextStepsTooLong", "feedback:nextSteps"));

  @Inject ObservationService observations;
  @Inject Feedback feedback;

  private ObservationDetail detail;
  private String day;
  private String time;
  private String lesson;
  private String reason;
  private String wentWell;
  private String nextSteps;

  public void load() {
    if (detail == null) {
      detail = readOrNotFound(id -> observations.detail(id));
      if (detail != null) {
        fill();
      }
    }
  }

  private void fill() {
    var o = detail.observation();
    day = o.lessonOn() == null ? null : o.lessonOn().toString();
    time = o.lessonTime();
    lesson = o.lesson();
    wentWell = detail.mine() == null ? null : detail.mine().wentWell();
    nextSteps = detail.mine() == null ? null : detail.mine().nextSteps();
  }

  private void reload() {
    ObservationDetail again = feedback.attempt(() -> observations.detail(getId()), null);
    if (again != null) {
      detail = again;
      fill();
    }
  }

  public void accept() {
    if (detail != null
        && feedback.attempt(() -> observations.accept(getId()), "learning.observation.accepted")) {
      reload();
    }
  }

  public void decline() {
    if (detail != null
        && feedback.attempt(
                () ->
                    feedback.atTheField(
                        FIELD_OF::get, () -> run(() -> observations.decline(getId(), reason))),
                "learning.observation.declined")
            != null) {
      reason = null;
      reload();
    }
  }

  /** Agrees the lesson of the form, or changes it. */
  public void agree() {
    if (detail == null) {
      return;
    }
    LocalDate on;
    try {
      on = LocalDate.parse(day == null ? "" : day.strip());
    } catch (DateTimeParseException e) {
      feedback.refuseAt("agree:day", "error.observation.dateRequired");
      return;
    }
    if (feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> run(() -> observations.agree(getId(), new LessonSlot(on, time, lesson)))),
            "learning.observation.agreed")
        != null) {
      reload();
    }
  }

  public void cancel() {
    if (detail != null
        && feedback.attempt(() -> observations.cancel(getId()), "learning.observation.cancelled")) {
      reload();
    }
  }

  public void markDone() {
    if (detail != null
        && feedback.attempt(() -> observations.markDone(getId()), "learning.observation.done")) {
      reload();
    }
  }

  /** Records the asker's own feedback. */
  public void recordFeedback() {
    if (detail != null
        && feedback.attempt(
                () ->
                    feedback.atTheField(
                        FIELD_OF::get,
                        () -> run(() -> observations.recordFeedback(getId(), wentWell, nextSteps))),
                "learning.observation.feedbackSaved")
            != null) {
      reload();
    }
  }

  private static Boolean run(Runnable call) {
    call.run();
    return Boolean.TRUE;
  }

  public ObservationDetail getDetail() {
    return detail;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getLesson() {
    return lesson;
  }

  public void setLesson(String lesson) {
    this.lesson = lesson;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getWentWell() {
    return wentWell;
  }

  public void setWentWell(String wentWell) {
    this.wentWell = wentWell;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }
}
