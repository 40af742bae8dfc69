package org.trustintranet.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.networks.application.ExpertiseView;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/expertise.xhtml?area=ID: "which schools can help with this?" — the focus area is
 * chosen from the trust's list (a GET form, so the answer has an address to share); an area that
 * does not exist answers 404, none chosen shows only the form.
 */
@Named
@RequestScoped
public class ExpertisePage {
  @Inject TeachingProfileService profiles;
  @Inject FacesContext faces;

  private String area;
  private List<FocusAreaView> areas = List.of();
  private ExpertiseView expertise;

  public void load() {
    areas = profiles.focusAreas().areas().stream().filter(a -> !a.retired()).toList();
    if (area == null || area.isBlank()) {
      return;
    }
    Long id = ViewParams.parseId(area);
    if (id == null) {
      ViewParams.notFound(faces);
      return;
    }
    try {
      expertise = profiles.expertise(id);
    } catch (NotFoundException e) {
      ViewParams.notFound(faces);
    }
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public List<FocusAreaView> getAreas() {
    return areas;
  }

  public ExpertiseView getExpertise() {
    return expertise;
  }
}
