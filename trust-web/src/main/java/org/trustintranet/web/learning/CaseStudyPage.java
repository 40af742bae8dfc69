package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.networks.application.CaseStudyDetail;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs learning/case-study.xhtml?id=CASE_STUDY: one case study, its history, and the next step for
 * whoever may take it: submit (its authors and school admins), return with comments or approve (an
 * education officer), publish (an education officer). One the asker may not see answers 404. Each
 * action names the case study of the page's id (see {@link IdPage}); the service checks again.
 */
@Named
@ViewScoped
public class CaseStudyPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject CaseStudyService studies;
  @Inject Feedback feedback;

  private CaseStudyDetail detail;
  private String comments;

  public void load() {
    detail = readOrNotFound(id -> studies.caseStudy(id));
  }

  private void reload() {
    CaseStudyDetail again = feedback.attempt(() -> studies.caseStudy(getId()), null);
    if (again != null) {
      detail = again;
    }
  }

  public void submit() {
    if (detail != null && feedback.attempt(() -> studies.submit(getId()), "caseStudy.submitted")) {
      reload();
    }
  }

  public void sendBack() {
    if (detail != null
        && feedback.attempt(
            () -> studies.returnWithComments(getId(), comments), "caseStudy.returned")) {
      comments = null;
      reload();
    }
  }

  public void approve() {
    if (detail != null && feedback.attempt(() -> studies.approve(getId()), "caseStudy.approved")) {
      reload();
    }
  }

  public void publish() {
    if (detail != null
        && feedback.attempt(() -> studies.publish(getId()), "caseStudy.publishedNow")) {
      reload();
    }
  }

  public CaseStudyDetail getDetail() {
    return detail;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
