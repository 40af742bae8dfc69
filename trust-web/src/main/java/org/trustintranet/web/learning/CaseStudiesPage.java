package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SearchQuery;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.networks.application.CaseStudyView;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.CaseStudyQuery;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/case-studies.xhtml, the library: published case studies found by words, focus
 * area, phase and school (from the address, {@code ?q=oracy&area=9&phase=PRIMARY&school=1}, so that
 * a search can be kept and shared; junk counts as no filter). Below, the asker's own and their
 * school's case studies still in progress; links to write one and, for education officers, to the
 * review queue.
 */
@Named
@ViewScoped
public class CaseStudiesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CaseStudyService studies;
  @Inject TeachingProfileService profiles;
  @Inject SchoolService schools;
  @Inject Feedback feedback;

  private String q;
  private String area;
  private String phase;
  private String school;
  private List<CaseStudyView> found = List.of();
  private List<CaseStudyView> inProgress = List.of();
  private List<FocusAreaView> areas = List.of();
  private List<SchoolView> schoolList = List.of();
  private boolean mayWrite;
  private boolean mayReview;

  public void load() {
    areas = profiles.focusAreas().areas();
    schoolList = schools.schools(false);
    Long areaId = ViewParams.parseId(area);
    Long schoolId = ViewParams.parseId(school);
    Phase chosen = phase(phase);
    area = areaId == null ? null : areaId.toString();
    school = schoolId == null ? null : schoolId.toString();
    phase = chosen == null ? null : chosen.name();
    List<CaseStudyView> result =
        feedback.attempt(
            () ->
                studies.library(new CaseStudyQuery(SearchQuery.parse(q), areaId, chosen, schoolId)),
            null);
    found = result == null ? List.of() : result;
    inProgress = studies.inProgress();
    mayWrite = studies.mayWrite();
    mayReview = studies.mayReview();
  }

  private static Phase phase(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (Phase p : Phase.values()) {
      if (p.name().equals(text)) {
        return p;
      }
    }
    return null;
  }

  /** Sends the search to the page's own address, which shows its answer (and can be kept). */
  public String search() {
    return "/learning/case-studies?faces-redirect=true&includeViewParams=true";
  }

  public List<Phase> getPhases() {
    return List.of(Phase.values());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public List<CaseStudyView> getFound() {
    return found;
  }

  public List<CaseStudyView> getInProgress() {
    return inProgress;
  }

  public List<FocusAreaView> getAreas() {
    return areas;
  }

  public List<SchoolView> getSchools() {
    return schoolList;
  }

  public boolean isMayWrite() {
    return mayWrite;
  }

  public boolean isMayReview() {
    return mayReview;
  }
}
