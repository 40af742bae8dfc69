package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.trustintranet.networks.application.FocusAreaList;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.web.support.Feedback;

/**
 * Backs learning/focus-areas.xhtml: the trust's list of teaching focus areas. Everyone may read it;
 * trust admins (the service's rule, which the page is told through {@link FocusAreaList#mayManage})
 * add an area, and rename, retire or restore one chosen from the list.
 */
@Named
@ViewScoped
public class FocusAreasPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.of(
          "error.focusArea.nameRequired", "area:name",
          "error.focusArea.nameTooLong", "area:name",
          "error.focusArea.taken", "area:name");

  @Inject TeachingProfileService profiles;
  @Inject Feedback feedback;

  private FocusAreaList list;
  private Long editing;
  private String name;
  private String welshName;
  private boolean retired;

  public void load() {
    list = profiles.focusAreas();
  }

  /** Puts one of the listed areas in the form. */
  public void edit(long areaId) {
    list.areas().stream()
        .filter(a -> a.id() == areaId)
        .findFirst()
        .ifPresent(
            a -> {
              editing = a.id();
              name = a.name();
              welshName = a.welshName();
              retired = a.retired();
            });
  }

  /** Adds the area in the form, or saves the one being edited. */
  public void save() {
    if (list == null || !list.mayManage()) {
      return;
    }
    Long id = editing;
    Boolean saved =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> {
                      if (id == null) {
                        profiles.addFocusArea(name, welshName);
                      } else {
                        profiles.changeFocusArea(id, name, welshName, retired);
                      }
                      return Boolean.TRUE;
                    }),
            id == null ? "learning.areas.added" : "learning.areas.changed");
    if (saved != null) {
      clear();
      load();
    }
  }

  /** Leaves the form empty, for a new area. */
  public void clear() {
    editing = null;
    name = null;
    welshName = null;
    retired = false;
  }

  public FocusAreaList getList() {
    return list;
  }

  public Long getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getWelshName() {
    return welshName;
  }

  public void setWelshName(String welshName) {
    this.welshName = welshName;
  }

  public boolean isRetired() {
    return retired;
  }

  public void setRetired(boolean retired) {
    this.retired = retired;
  }
}
