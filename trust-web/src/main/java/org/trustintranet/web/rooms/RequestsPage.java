package org.trustintranet.web.rooms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.BookingRequestService;
import org.trustintranet.rooms.application.BookingRequestView;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/requests.xhtml: the requests waiting for the approval of the schools the person
 * administers, oldest first, each approved or declined with a reason. Someone who manages no rooms
 * gets 403. A request decided or cancelled meanwhile gets the service's message.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BookingRequestService requests;
  @Inject Feedback feedback;

  private List<BookingRequestView> pending;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    try {
      pending = requests.requests();
    } catch (NotPermittedException e) {
      pending = List.of();
      ViewParams.forbidden(FacesContext.getCurrentInstance());
    }
  }

  public List<BookingRequestView> getRequests() {
    if (pending == null) {
      load();
    }
    return pending;
  }

  /** The reasons typed in, by request id (one field per row). */
  public Map<Long, String> getReasons() {
    return reasons;
  }

  public void approve(long bookingId) {
    if (feedback.attempt(() -> requests.approve(bookingId), "rooms.requests.approved")) {
      reasons.remove(bookingId);
      pending = null;
    }
  }

  public void decline(long bookingId) {
    String reason = reasons.getOrDefault(bookingId, "");
    if (feedback.attempt(() -> requests.decline(bookingId, reason), "rooms.requests.declined")) {
      reasons.remove(bookingId);
      pending = null;
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }
}
