package org.trustintranet.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.networks.application.RegistrationService;
import org.trustintranet.networks.application.RequestView;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/programme-requests.xhtml: the queue of registrations for programmes with a cost
 * from the schools the asker administers, each approved (a place or the waiting list) or declined
 * with a reason. Anyone who administers no school gets 403. Each action names a request the page
 * lists; the service checks again that the asker administers its school.
 */
@Named
@ViewScoped
public class ProgrammeRequestsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RegistrationService registrations;
  @Inject Feedback feedback;

  private List<RequestView> requests = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    try {
      requests = registrations.requests();
    } catch (NotPermittedException e) {
      ViewParams.forbidden(FacesContext.getCurrentInstance());
    }
  }

  public void approve(long id) {
    if (listed(id)) {
      RegistrationState state = feedback.attempt(() -> registrations.approve(id), null);
      if (state != null) {
        feedback.info("learning.approved." + state.name());
        load();
      }
    }
  }

  public void decline(long id) {
    if (listed(id)
        && feedback.attempt(
            () -> registrations.decline(id, reasons.getOrDefault(id, "")), "learning.declined")) {
      reasons.remove(id);
      load();
    }
  }

  private boolean listed(long id) {
    return requests.stream().anyMatch(r -> r.id() == id);
  }

  public String cost(RequestView r) {
    return Programmes.cost(feedback, r.costPence());
  }

  public List<RequestView> getRequests() {
    return requests;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
