package org.trustintranet.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.networks.application.CaseStudyView;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/case-study-reviews.xhtml: the education officers' queue of case studies submitted
 * for review or approved and awaiting publication, oldest first; each is reviewed on its own page.
 * Anyone who is not an education officer gets 403.
 */
@Named
@RequestScoped
public class CaseStudyReviewsPage {
  @Inject CaseStudyService studies;
  @Inject FacesContext faces;

  private List<CaseStudyView> queue = List.of();

  public void load() {
    try {
      queue = studies.reviewQueue();
    } catch (NotPermittedException e) {
      ViewParams.forbidden(faces);
    }
  }

  public List<CaseStudyView> getQueue() {
    return queue;
  }
}
