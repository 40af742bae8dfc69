package org.trustintranet.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.MembershipView;
import org.trustintranet.membership.application.PersonActions;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs staff/person.xhtml: one person's details and schools; for admins, editing them, giving and
 * ending memberships, marking them as left and setting a password. The page shows only what the
 * user may do; the service checks again.
 */
@Named
@ViewScoped
public class PersonPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject StaffDirectoryService directory;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private PersonView person;
  private PersonDraft draft = new PersonDraft();

  private Long assignSchoolId;
  private SchoolRole assignRole = SchoolRole.STAFF;
  private TrustRole grantRole;
  private String newPassword;

  public void load() {
    if (getId() == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
      return;
    }
    try {
      reload();
    } catch (NotFoundException e) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
  }

  private void reload() {
    person = directory.person(getId());
    draft = PersonDraft.of(person);
  }

  public void save() {
    if (feedback.attempt(
        () -> administration.revisePerson(getId(), person.version(), draft.toForm()),
        "person.saved")) {
      reload();
    }
  }

  public void assign() {
    if (assignSchoolId != null
        && feedback.attempt(
            () -> schoolStaff.assign(getId(), assignSchoolId, assignRole), "person.assigned")) {
      reload();
    }
  }

  public void endMembership(long schoolId) {
    if (feedback.attempt(
        () -> schoolStaff.endMembership(getId(), schoolId), "person.membershipEnded")) {
      reload();
    }
  }

  public void markLeft() {
    if (feedback.attempt(
        () -> administration.markLeft(getId(), person.version()),
        "person.markedLeft",
        person.displayName())) {
      reload();
    }
  }

  public void reinstate() {
    if (feedback.attempt(
        () -> administration.reinstate(getId()), "person.reinstated", person.displayName())) {
      reload();
    }
  }

  public void grant() {
    if (grantRole != null
        && feedback.attempt(() -> administration.grant(getId(), grantRole), "person.granted")) {
      reload();
    }
  }

  public void revoke(TrustRole role) {
    if (feedback.attempt(() -> administration.revoke(getId(), role), "person.revoked")) {
      reload();
    }
  }

  public void setPassword() {
    String chosen = newPassword;
    newPassword = null;
    feedback.attempt(() -> administration.setPassword(getId(), chosen), "person.passwordSet");
  }

  private UserProfile me() {
    return currentUser.profile();
  }

  /** What the user may do to this person, as the service decided it (StaffPolicy). */
  public PersonActions getActions() {
    return person.actions();
  }

  public boolean mayEndMembership(long schoolId) {
    return me().mayAdministerSchool(schoolId);
  }

  public List<SchoolView> getAssignableSchools() {
    return person.active() ? schools.administeredSchools() : List.of();
  }

  public Set<TrustRole> getGrantableRoles() {
    Set<TrustRole> roles = EnumSet.allOf(TrustRole.class);
    roles.removeAll(person.trustRoles());
    return roles;
  }

  public Optional<MembershipView> membershipAt(long schoolId) {
    return person.currentMemberships().stream().filter(m -> m.schoolId() == schoolId).findFirst();
  }

  public List<MembershipView> getPastMemberships() {
    return person.memberships().stream().filter(m -> !m.current()).toList();
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public PersonDraft getDraft() {
    return draft;
  }

  public PersonView getPerson() {
    return person;
  }

  public Long getAssignSchoolId() {
    return assignSchoolId;
  }

  public void setAssignSchoolId(Long assignSchoolId) {
    this.assignSchoolId = assignSchoolId;
  }

  public SchoolRole getAssignRole() {
    return assignRole;
  }

  public void setAssignRole(SchoolRole assignRole) {
    this.assignRole = assignRole;
  }

  public TrustRole getGrantRole() {
    return grantRole;
  }

  public void setGrantRole(TrustRole grantRole) {
    this.grantRole = grantRole;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
