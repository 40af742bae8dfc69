package org.trustintranet.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.application.SchoolObservationCount;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/observation-counts.xhtml: how many peer observations were completed per school,
 * for school admins (their schools) and trust admins (every school): numbers, never the content.
 * Anyone else gets 403.
 */
@Named
@ViewScoped
public class ObservationCountsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ObservationService observations;

  private List<SchoolObservationCount> counts;

  public void load() {
    if (counts == null) {
      if (!observations.maySeeCounts()) {
        ViewParams.forbidden(FacesContext.getCurrentInstance());
        return;
      }
      counts = observations.completedBySchool();
    }
  }

  public List<SchoolObservationCount> getCounts() {
    return counts;
  }
}
