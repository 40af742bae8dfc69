package org.trustintranet.web.schools;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ViewParams;

/** Backs schools/school.xhtml: a school's details; trust admins archive or reopen it. */
@Named
@ViewScoped
public class SchoolPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private Long id;
  private SchoolView school;

  public void load() {
    school = id == null ? null : schools.findSchool(id).orElse(null);
    if (school == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
  }

  public void archive() {
    if (feedback.attempt(() -> schools.archive(id, school.version()), "school.archivedDone")) {
      load();
    }
  }

  public void reopen() {
    if (feedback.attempt(() -> schools.reopen(id, school.version()), "school.reopened")) {
      load();
    }
  }

  public boolean isTrustAdmin() {
    return currentUser.profile().isTrustAdmin();
  }

  public boolean isAdministers() {
    return currentUser.profile().mayAdministerSchool(id);
  }

  public SchoolView getSchool() {
    return school;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The id request parameter as typed; anything but a number names no record. */
  public String getIdText() {
    return id == null ? null : id.toString();
  }

  public void setIdText(String text) {
    this.id = ViewParams.parseId(text);
  }
}
