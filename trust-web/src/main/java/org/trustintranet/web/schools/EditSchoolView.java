package org.trustintranet.web.schools;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.membership.application.SchoolForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs schools/edit.xhtml: a new school (no id) or changes to one. Keeps the version the admin
 * loaded, so that a change someone else saved meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class EditSchoolView extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject SchoolService schools;
  @Inject Feedback feedback;
  @Inject CurrentUser currentUser;

  private long loadedVersion;
  private String urn;
  private String name;
  private Phase phase;
  private String localAuthority;
  private String address;
  private String headTeacher;

  public void load() {
    if (!currentUser.profile().isTrustAdmin()) {
      ViewParams.forbidden(FacesContext.getCurrentInstance());
      return;
    }
    if (getId() == null) {
      return;
    }
    SchoolView school = schools.findSchool(getId()).orElse(null);
    if (school == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
      return;
    }
    loadedVersion = school.version();
    urn = school.urn();
    name = school.name();
    phase = school.phase();
    localAuthority = school.localAuthority();
    address = school.address();
    headTeacher = school.headTeacher();
  }

  public String save() {
    SchoolForm form = new SchoolForm(urn, name, phase, localAuthority, address, headTeacher);
    Long saved =
        getId() == null
            ? feedback.attempt(() -> schools.create(form), "school.created", name)
            : feedback.attempt(
                () -> {
                  schools.revise(getId(), loadedVersion, form);
                  return getId();
                },
                "school.saved");
    return saved == null ? null : "/schools/school?faces-redirect=true&id=" + saved;
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public boolean isNew() {
    return getId() == null;
  }

  public String getUrn() {
    return urn;
  }

  public void setUrn(String urn) {
    this.urn = urn;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public String getLocalAuthority() {
    return localAuthority;
  }

  public void setLocalAuthority(String localAuthority) {
    this.localAuthority = localAuthority;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getHeadTeacher() {
    return headTeacher;
  }

  public void setHeadTeacher(String headTeacher) {
    this.headTeacher = headTeacher;
  }
}
