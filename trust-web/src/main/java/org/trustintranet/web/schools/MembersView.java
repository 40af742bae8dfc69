package org.trustintranet.web.schools;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.membership.application.SchoolMemberRow;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.web.staff.PersonDraft;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ServiceDataModel;

/**
 * Backs schools/members.xhtml: the membership admin page of one school, for its school admins and
 * trust admins. The school id travels with every request; the service checks it each time, so a
 * crafted request naming another school is refused, not obeyed.
 */
@Named
@ViewScoped
public class MembersView extends SchoolAdminPage {
  private static final long serialVersionUID = 1L;

  @Inject SchoolStaffService staff;
  @Inject StaffDirectoryService directory;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private String filterText;
  private SchoolRole filterRole;

  private String existingEmail;
  private SchoolRole existingRole = SchoolRole.STAFF;

  /** The member whose role the dialog changes, or whose membership it ends; null when closed. */
  private SchoolMemberRow roleRow;

  private SchoolRole newRole;
  private SchoolMemberRow endRow;

  private PersonDraft newPerson = new PersonDraft();
  private SchoolRole role = SchoolRole.STAFF;

  private final ServiceDataModel<SchoolMemberRow> model =
      new ServiceDataModel<>(
          () -> staff.memberCount(getId(), filterText, filterRole),
          page -> staff.members(getId(), filterText, filterRole, page),
          row -> Long.toString(row.membershipId()));

  public void load() {
    loadAdministeredSchool(schools, currentUser);
  }

  public void search() {
    // the table reloads with the filter
  }

  /** A row's "Change role": the page's one role dialog opens for that member. */
  public void chooseRole(SchoolMemberRow row) {
    endRow = null;
    roleRow = row;
    newRole = row.role();
  }

  /** A row's "Remove from school": the page's one confirmation dialog opens for that member. */
  public void chooseEnd(SchoolMemberRow row) {
    roleRow = null;
    endRow = row;
  }

  public void saveRole() {
    if (roleRow != null
        && feedback.attempt(
            () -> staff.assign(roleRow.personId(), getId(), newRole), "members.roleChanged")) {
      roleRow = null;
    }
  }

  public void end() {
    if (endRow != null) {
      SchoolMemberRow row = endRow;
      endRow = null;
      feedback.attempt(
          () -> staff.endMembership(row.personId(), getId()), "person.membershipEnded");
    }
  }

  public void addExisting() {
    Optional<PersonView> found = directory.findByEmail(existingEmail);
    if (found.isEmpty()) {
      feedback.error("members.addExisting.notFound");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    PersonView person = found.get();
    if (feedback.attempt(
        () -> staff.assign(person.id(), getId(), existingRole),
        "members.added",
        person.displayName())) {
      existingEmail = null;
    }
  }

  public void addNew() {
    if (feedback.attempt(
            () -> staff.addPerson(newPerson.toForm(), getId(), role),
            "members.added",
            newPerson.displayName())
        != null) {
      newPerson = new PersonDraft();
    }
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public ServiceDataModel<SchoolMemberRow> getModel() {
    return model;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  public SchoolRole getFilterRole() {
    return filterRole;
  }

  public void setFilterRole(SchoolRole filterRole) {
    this.filterRole = filterRole;
  }

  public String getExistingEmail() {
    return existingEmail;
  }

  public void setExistingEmail(String existingEmail) {
    this.existingEmail = existingEmail;
  }

  public SchoolRole getExistingRole() {
    return existingRole;
  }

  public void setExistingRole(SchoolRole existingRole) {
    this.existingRole = existingRole;
  }

  public SchoolMemberRow getRoleRow() {
    return roleRow;
  }

  public SchoolMemberRow getEndRow() {
    return endRow;
  }

  public SchoolRole getNewRole() {
    return newRole;
  }

  public void setNewRole(SchoolRole newRole) {
    this.newRole = newRole;
  }

  public PersonDraft getNewPerson() {
    return newPerson;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }
}
