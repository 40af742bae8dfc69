package org.trustintranet.web.schools;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/** Backs schools/school.xhtml: a school's details; trust admins archive or reopen it. */
@Named
@ViewScoped
public class SchoolPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private SchoolView school;

  public void load() {
    school = getId() == null ? null : schools.findSchool(getId()).orElse(null);
    if (school == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
  }

  public void archive() {
    if (feedback.attempt(() -> schools.archive(getId(), school.version()), "school.archivedDone")) {
      load();
    }
  }

  public void reopen() {
    if (feedback.attempt(() -> schools.reopen(getId(), school.version()), "school.reopened")) {
      load();
    }
  }

  public boolean isTrustAdmin() {
    return currentUser.profile().isTrustAdmin();
  }

  public boolean isAdministers() {
    return currentUser.profile().mayAdministerSchool(getId());
  }

  public SchoolView getSchool() {
    return school;
  }
}
