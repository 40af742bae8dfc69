package org.trustintranet.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.DirectoryFilter;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.membership.application.StaffRow;
import org.trustintranet.web.support.ServiceDataModel;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs staff/directory.xhtml: the trust's staff, filtered by name, school and role, sorted and
 * paged in the database (one count and one page query per request, whatever the number of staff).
 */
@Named
@ViewScoped
public class DirectoryView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StaffDirectoryService staff;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;

  private static final int MAX_TEXT = 100;

  private String text;
  private Long schoolId;
  private SchoolRole role;
  private boolean includeLeavers;
  private List<SchoolView> schoolOptions;
  private final ServiceDataModel<StaffRow> model =
      new ServiceDataModel<>(
          () -> staff.directoryCount(filter()),
          page -> staff.directory(filter(), page),
          row -> Long.toString(row.personId()));

  @PostConstruct
  void init() {
    schoolOptions = schools.schools(false);
  }

  public void search() {
    // The table reloads with the new filter; nothing else to do.
  }

  public void clear() {
    text = null;
    schoolId = null;
    role = null;
    includeLeavers = false;
  }

  /** The school filter as a link gives it ({@code ?school=12}); anything but an id is ignored. */
  public String getSchoolParam() {
    return schoolId == null ? null : schoolId.toString();
  }

  public void setSchoolParam(String schoolParam) {
    schoolId = ViewParams.parseId(schoolParam);
  }

  public boolean isMayIncludeLeavers() {
    return currentUser.profile().administersAnySchool();
  }

  DirectoryFilter filter() {
    return new DirectoryFilter(text, schoolId, role, includeLeavers);
  }

  public ServiceDataModel<StaffRow> getModel() {
    return model;
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public List<SchoolView> getSchoolOptions() {
    return schoolOptions;
  }

  public String getText() {
    return text;
  }

  /**
   * The name filter, from the field or a link ({@code ?q=smith}), cut to the field's 100
   * characters.
   */
  public void setText(String text) {
    this.text = text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }

  public boolean isIncludeLeavers() {
    return includeLeavers;
  }

  public void setIncludeLeavers(boolean includeLeavers) {
    this.includeLeavers = includeLeavers;
  }
}
