package org.trustintranet.web.networks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.networks.application.PlaceLine;
import org.trustintranet.networks.application.SessionDetail;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs networks/session.xhtml: one session of a network, when and where, its places and waiting
 * list; signing up (a place, or the waiting list when it is full) and giving the place back; for
 * the network's leads, the people with places and, once it has started, whether each came. A
 * session that does not exist answers 404. Each action names the session of the page's id (a
 * crafted id does not switch it, see {@link IdPage}) and a person from the list the page shows; the
 * service checks both again.
 */
@Named
@ViewScoped
public class SessionPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject SessionService sessions;
  @Inject Feedback feedback;

  private SessionDetail detail;

  public void load() {
    detail = null;
    if (getId() != null) {
      try {
        detail = sessions.session(getId());
      } catch (RuntimeException e) {
        if (!refused(e)) {
          throw e;
        }
      }
    }
    if (detail == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
  }

  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException) {
        return true;
      }
    }
    return false;
  }

  private void reload() {
    SessionDetail again = feedback.attempt(() -> sessions.session(getId()), null);
    if (again != null) {
      detail = again;
    }
  }

  /** A place if one is free, else the waiting list. */
  public void signUp() {
    if (detail == null) {
      return;
    }
    PlaceState state = feedback.attempt(() -> sessions.signUp(getId()), null);
    if (state != null) {
      feedback.info(
          state == PlaceState.BOOKED ? "networks.session.booked" : "networks.session.waiting");
      reload();
    }
  }

  /** Gives my place back, or leaves the waiting list. */
  public void cancelPlace() {
    if (detail != null
        && feedback.attempt(() -> sessions.cancelPlace(getId()), "networks.session.cancelled")) {
      reload();
    }
  }

  public void attended(long personId) {
    mark(personId, true);
  }

  public void absent(long personId) {
    mark(personId, false);
  }

  private void mark(long personId, boolean came) {
    if (detail != null
        && detail.places().stream().anyMatch(p -> p.personId() == personId)
        && feedback.attempt(
            () -> sessions.attendance(getId(), personId, came), "networks.session.marked")) {
      reload();
    }
  }

  /** "Attended", "Absent" or not yet taken, for a place at the session. */
  public String attendanceKey(PlaceLine place) {
    if (place.attended() == null) {
      return "networks.session.attendance.none";
    }
    return place.attended() ? "networks.session.attendance.yes" : "networks.session.attendance.no";
  }

  public SessionDetail getDetail() {
    return detail;
  }
}
