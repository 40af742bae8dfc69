package org.trustintranet.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.networks.application.CaseStudyDetail;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.networks.application.CaseStudyView;
import org.trustintranet.networks.application.FocusAreaView;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/case-study-edit.xhtml: a new case study (no id) for a school where the asker
 * teaches or administers, or the case study of {@code ?id=} changed while a draft or returned. Who
 * may write for no school gets 403; a case study that does not exist or is hidden, 404; one the
 * asker may not edit (another school's, or under review), 403. The service checks each call again.
 */
@Named
@ViewScoped
public class CaseStudyEditPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** The field that shows each of the service's refusals. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.caseStudy.titleRequired", "study:title"),
          Map.entry("error.caseStudy.titleTooLong", "study:title"),
          Map.entry("error.caseStudy.schoolRequired", "study:school"),
          Map.entry("error.caseStudy.schoolFixed", "study:school"),
          Map.entry("error.caseStudy.phaseRequired", "study:phase"),
          Map.entry("error.caseStudy.areaRequired", "study:area"),
          Map.entry("error.caseStudy.subjectTooLong", "study:subject"),
          Map.entry("error.caseStudy.contextTooLong", "study:context"),
          Map.entry("error.caseStudy.actionsTooLong", "study:actions"),
          Map.entry("error.caseStudy.impactTooLong", "study:impact"),
          Map.entry("error.caseStudy.contactTooLong", "study:contact"));

  @Inject CaseStudyService studies;
  @Inject TeachingProfileService profiles;
  @Inject Feedback feedback;

  private List<SchoolView> schools = List.of();
  private List<FocusAreaView> areas = List.of();
  private String title;
  private Long schoolId;
  private String phase;
  private Long areaId;
  private String subject;
  private String context;
  private String actions;
  private String impact;
  private String contact;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    schools = studies.writableSchools();
    areas = profiles.focusAreas().areas().stream().filter(a -> !a.retired()).toList();
    if (getId() == null) {
      if (schools.isEmpty()) {
        ViewParams.forbidden(faces);
        return;
      }
      schoolId = schools.get(0).id();
      phase = schools.get(0).phase() == null ? null : schools.get(0).phase().name();
      return;
    }
    CaseStudyDetail detail = readOrNotFound(id -> studies.caseStudy(id));
    if (detail == null) {
      return;
    }
    if (!detail.mayEdit()) {
      ViewParams.forbidden(faces);
      return;
    }
    CaseStudyView c = detail.caseStudy();
    title = c.title();
    schoolId = c.schoolId();
    phase = c.phase().name();
    areaId = c.area().id();
    subject = c.subject();
    context = c.context();
    actions = c.actions();
    impact = c.impact();
    contact = c.contact();
    if (schools.stream().noneMatch(s -> s.id() == c.schoolId())) {
      schools = List.of(schoolOf(c));
    }
  }

  /** The case study's school, for an admin of it who is not one of its teachers. */
  private static SchoolView schoolOf(CaseStudyView c) {
    return new SchoolView(c.schoolId(), "", c.schoolName(), c.phase(), "", "", "", false, 0, 0);
  }

  /** Saves the case study and opens its page (a new one as a draft). */
  public String save() {
    CaseStudyDetails details =
        feedback.attempt(() -> feedback.atTheField(FIELD_OF::get, this::details), null);
    if (details == null) {
      return null;
    }
    if (getId() == null) {
      Long id =
          feedback.attempt(
              () -> feedback.atTheField(FIELD_OF::get, () -> studies.create(details)),
              "caseStudy.saved");
      return id == null ? null : "/learning/case-study?faces-redirect=true&id=" + id;
    }
    Boolean saved =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> {
                      studies.change(getId(), details);
                      return Boolean.TRUE;
                    }),
            "caseStudy.saved");
    return saved == null ? null : "/learning/case-study?faces-redirect=true&id=" + getId();
  }

  private CaseStudyDetails details() {
    Phase chosen = null;
    for (Phase p : Phase.values()) {
      if (p.name().equals(phase)) {
        chosen = p;
      }
    }
    return new CaseStudyDetails(
        title,
        schoolId == null ? 0 : schoolId,
        chosen,
        areaId == null ? 0 : areaId,
        subject,
        context,
        actions,
        impact,
        contact);
  }

  public boolean isEditing() {
    return getId() != null;
  }

  public List<Phase> getPhases() {
    return List.of(Phase.values());
  }

  public List<SchoolView> getSchools() {
    return schools;
  }

  public List<FocusAreaView> getAreas() {
    return areas;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getContext() {
    return context;
  }

  public void setContext(String context) {
    this.context = context;
  }

  public String getActions() {
    return actions;
  }

  public void setActions(String actions) {
    this.actions = actions;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
