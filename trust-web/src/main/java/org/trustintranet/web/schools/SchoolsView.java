package org.trustintranet.web.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;

/** Backs schools/index.xhtml: the trust's schools, with archived ones on request. */
@Named
@RequestScoped
public class SchoolsView {
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;

  private boolean includeArchived;
  private List<SchoolView> list;

  public List<SchoolView> getSchools() {
    if (list == null) {
      list = schools.schools(includeArchived);
    }
    return list;
  }

  public boolean isTrustAdmin() {
    return currentUser.profile().isTrustAdmin();
  }

  public boolean administers(long schoolId) {
    return currentUser.profile().mayAdministerSchool(schoolId);
  }

  public boolean isIncludeArchived() {
    return includeArchived;
  }

  public void setIncludeArchived(boolean includeArchived) {
    this.includeArchived = includeArchived;
  }
}
