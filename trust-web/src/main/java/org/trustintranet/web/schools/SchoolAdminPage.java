package org.trustintranet.web.schools;

import jakarta.faces.context.FacesContext;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * A page that administers one school: 404 when the school does not exist, 403 when the user may not
 * administer it. The services check again on every call; this only spares the user a useless page.
 */
abstract class SchoolAdminPage extends IdPage {
  private static final long serialVersionUID = 1L;

  private SchoolView school;

  protected void loadAdministeredSchool(SchoolService schools, CurrentUser currentUser) {
    school = getId() == null ? null : schools.findSchool(getId()).orElse(null);
    if (school == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    } else if (!currentUser.profile().mayAdministerSchool(getId())) {
      ViewParams.forbidden(FacesContext.getCurrentInstance());
    }
  }

  public SchoolView getSchool() {
    return school;
  }
}
