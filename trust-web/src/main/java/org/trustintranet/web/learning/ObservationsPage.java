package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.application.ObservationView;
import org.trustintranet.web.support.Feedback;

/**
 * Backs learning/observations.xhtml, "My observations": the asker's observations both ways, those
 * waiting for their answer first, with accept, decline (with an optional reason) and cancel; the
 * lesson is agreed on the observation's own page. Each action names an observation of the list the
 * page shows; the service checks that the asker is one of its two.
 */
@Named
@ViewScoped
public class ObservationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ObservationService observations;
  @Inject Feedback feedback;

  private List<ObservationView> mine;
  private boolean maySeeCounts;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    if (mine == null) {
      reload();
      maySeeCounts = observations.maySeeCounts();
    }
  }

  private void reload() {
    mine = observations.mine();
  }

  /** Those waiting for the asker's answer. */
  public List<ObservationView> getWaiting() {
    return mine.stream().filter(ObservationView::mayAccept).toList();
  }

  /** The other open ones. */
  public List<ObservationView> getOpen() {
    return mine.stream().filter(o -> o.open() && !o.mayAccept()).toList();
  }

  /** Completed, declined or cancelled. */
  public List<ObservationView> getClosed() {
    return mine.stream().filter(o -> !o.open()).toList();
  }

  public void accept(long id) {
    if (listed(id)
        && feedback.attempt(() -> observations.accept(id), "learning.observation.accepted")) {
      reload();
    }
  }

  public void decline(long id) {
    String reason = reasons.get(id);
    if (listed(id)
        && feedback.attempt(
            () -> observations.decline(id, reason), "learning.observation.declined")) {
      reasons.remove(id);
      reload();
    }
  }

  public void cancel(long id) {
    if (listed(id)
        && feedback.attempt(() -> observations.cancel(id), "learning.observation.cancelled")) {
      reload();
    }
  }

  private boolean listed(long id) {
    return mine != null && mine.stream().anyMatch(o -> o.id() == id);
  }

  public boolean isMaySeeCounts() {
    return maySeeCounts;
  }

  public boolean isNoObservations() {
    return mine.isEmpty();
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
