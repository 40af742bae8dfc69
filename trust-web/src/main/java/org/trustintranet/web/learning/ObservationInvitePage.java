package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.trustintranet.networks.application.InvitationForm;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.domain.ObservationDirection;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/observation-invite.xhtml?with=PERSON&amp;area=AREA: the teacher developing an area
 * invites the colleague {@code with} (reached from the suggested partners) to watch them teach or
 * to be watched, optionally naming a focus area (preselected from {@code area}) with a message. A
 * colleague who cannot be invited (oneself, a leaver, nobody) answers 404.
 */
@Named
@ViewScoped
public class ObservationInvitePage extends IdPage {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.of(
          "error.observation.messageTooLong", "invite:message",
          "error.observation.focusArea", "invite:area",
          "error.observation.directionRequired", "invite:direction");

  @Inject ObservationService observations;
  @Inject Feedback feedback;

  private InvitationForm form;
  private ObservationDirection direction = ObservationDirection.INVITEE_WATCHES;
  private Long areaId;
  private String message;

  public void load() {
    if (form == null) {
      form = readOrNotFound(id -> observations.invitation(id));
      if (form != null
          && areaId != null
          && form.areas().stream().noneMatch(a -> a.id() == areaId)) {
        areaId = null;
      }
    }
  }

  /** Sends the invitation and goes to "My observations". */
  public String invite() {
    if (form == null) {
      return null;
    }
    Long id =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> observations.invite(form.personId(), direction, areaId, message)),
            "learning.observation.invited");
    return id == null ? null : "/learning/observations.xhtml?faces-redirect=true";
  }

  public InvitationForm getForm() {
    return form;
  }

  public List<ObservationDirection> getDirections() {
    return List.of(ObservationDirection.values());
  }

  /** The {@code area} parameter: a focus area to preselect, ignored unless offered. */
  public String getAreaText() {
    return areaId == null ? null : areaId.toString();
  }

  public void setAreaText(String text) {
    if (form == null) {
      areaId = ViewParams.parseId(text);
    }
  }

  public ObservationDirection getDirection() {
    return direction;
  }

  public void setDirection(ObservationDirection direction) {
    this.direction = direction;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
