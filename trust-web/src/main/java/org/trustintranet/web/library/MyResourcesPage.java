package org.trustintranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.ResultView;
import org.trustintranet.web.support.Feedback;

/**
 * Backs library/mine.xhtml: the resources the person shared, newest first, withdrawn ones with
 * "Restore" (within the days they are kept).
 */
@Named
@ViewScoped
public class MyResourcesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResourceService resources;
  @Inject Feedback feedback;

  private List<ResultView> mine;
  private Set<Long> withdrawn;

  public List<ResultView> getMine() {
    if (mine == null) {
      mine = resources.mine();
      withdrawn = new HashSet<>();
      for (ResultView r : mine) {
        if (r.row().withdrawn()) {
          withdrawn.add(r.row().id());
        }
      }
    }
    return mine;
  }

  public boolean withdrawn(long id) {
    getMine();
    return withdrawn.contains(id);
  }

  public void restore(long id) {
    if (feedback.attempt(() -> resources.restore(id), "resources.restored")) {
      mine = null;
    }
  }
}
