package org.trustintranet.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.networks.application.ProgrammeDetail;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.ProgrammeView;
import org.trustintranet.networks.application.SlotView;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs learning/programme-edit.xhtml: a new programme (no id), for a school the asker administers
 * (all, for a trust admin), or the programme of {@code ?id=} changed, with its sessions and school
 * visits added and removed. Who may not publish for any school gets 403; a programme that does not
 * exist, 404; one of another school's, 403. The service checks each call again.
 */
@Named
@ViewScoped
public class ProgrammeEditPage extends IdPage {
  private static final long serialVersionUID = 1L;

  /** The field that shows each of the service's refusals. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.learning.titleRequired", "programme:title"),
          Map.entry("error.learning.titleTooLong", "programme:title"),
          Map.entry("error.learning.descriptionTooLong", "programme:description"),
          Map.entry("error.learning.stageRequired", "programme:stage"),
          Map.entry("error.learning.providerRequired", "programme:provider"),
          Map.entry("error.learning.providerFixed", "programme:provider"),
          Map.entry("error.learning.places", "programme:places"),
          Map.entry("error.learning.placesBelowTaken", "programme:places"),
          Map.entry("error.learning.cost", "programme:cost"),
          Map.entry("error.learning.session.whenRequired", "session:day"),
          Map.entry("error.learning.session.inThePast", "session:day"),
          Map.entry("error.learning.session.endBeforeStart", "session:end"),
          Map.entry("error.learning.session.whereRequired", "session:place"),
          Map.entry("error.learning.session.placeTooLong", "session:place"),
          Map.entry("error.learning.session.link", "session:link"));

  @Inject ProgrammeService programmes;
  @Inject SchoolService schools;
  @Inject Feedback feedback;
  @Inject Clock clock;

  private List<SchoolView> providers = List.of();
  private List<SlotView> sessions = List.of();
  private String title;
  private String stage;
  private String description;
  private Long providerId;
  private String term;
  private Integer places;
  private String cost;
  private String kind = SessionKind.SESSION.name();
  private String day;
  private String start;
  private String end;
  private String place;
  private String link;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!programmes.mayPublish()) {
      ViewParams.forbidden(faces);
      return;
    }
    providers = schools.administeredSchools();
    if (getId() == null) {
      term = Term.of(LocalDate.now(clock.withZone(Dates.TRUST_ZONE))).next().key();
      return;
    }
    ProgrammeDetail detail = readOrNotFound(id -> programmes.programme(id));
    if (detail == null) {
      return;
    }
    if (!detail.mayEdit()) {
      ViewParams.forbidden(faces);
      return;
    }
    ProgrammeView p = detail.programme();
    title = p.title();
    stage = p.stage().name();
    description = p.description();
    providerId = p.providerSchoolId();
    term = p.termKey();
    places = p.places();
    cost = BookletPdf.pounds(p.costPence());
    sessions = p.sessions();
  }

  /** Saves the programme and opens its page (a new one as a draft). */
  public String save() {
    ProgrammeDetails details =
        feedback.attempt(() -> feedback.atTheField(FIELD_OF::get, this::details), null);
    if (details == null) {
      return null;
    }
    if (getId() == null) {
      Long id =
          feedback.attempt(
              () -> feedback.atTheField(FIELD_OF::get, () -> programmes.create(details)),
              "learning.saved");
      return id == null ? null : "/learning/programme?faces-redirect=true&id=" + id;
    }
    boolean saved =
        feedback.attempt(
            () ->
                feedback.atTheField(
                        FIELD_OF::get,
                        () -> {
                          programmes.change(getId(), details);
                          return Boolean.TRUE;
                        })
                    != null,
            "learning.saved");
    return saved ? "/learning/programme?faces-redirect=true&id=" + getId() : null;
  }

  private ProgrammeDetails details() {
    int pence;
    try {
      String text = cost == null || cost.isBlank() ? "0" : cost.strip().replace("£", "");
      pence = new BigDecimal(text).movePointRight(2).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new org.trustintranet.kernel.domain.BusinessException("error.learning.cost");
    }
    return new ProgrammeDetails(
        title,
        Booklets.stage(stage),
        description,
        providerId == null ? 0 : providerId,
        Booklets.term(term, null),
        places == null ? 0 : places,
        pence);
  }

  /** Adds the session or visit the second form describes. */
  public void addSession() {
    if (getId() == null) {
      return;
    }
    SessionSlot slot;
    try {
      slot =
          feedback.atTheField(
              FIELD_OF::get,
              () ->
                  new SessionSlot(
                      "VISIT".equals(kind) ? SessionKind.VISIT : SessionKind.SESSION,
                      day == null || day.isBlank() ? null : LocalDate.parse(day.strip()),
                      start == null || start.isBlank() ? null : LocalTime.parse(start.strip()),
                      end == null || end.isBlank() ? null : LocalTime.parse(end.strip()),
                      place,
                      link));
    } catch (DateTimeParseException e) {
      feedback.refuseAt("session:day", "error.learning.session.whenRequired");
      return;
    } catch (org.trustintranet.kernel.domain.BusinessException e) {
      feedback.error(e.messageKey(), e.arguments());
      return;
    }
    Long added =
        feedback.attempt(
            () -> feedback.atTheField(FIELD_OF::get, () -> programmes.addSession(getId(), slot)),
            "learning.session.added");
    if (added != null) {
      day = null;
      start = null;
      end = null;
      place = null;
      link = null;
      load();
    }
  }

  /** Removes a session the page lists. */
  public void removeSession(long sessionId) {
    if (sessions.stream().anyMatch(s -> s.id() == sessionId)
        && feedback.attempt(
            () -> programmes.removeSession(sessionId), "learning.session.removed")) {
      load();
    }
  }

  public List<CareerStage> getStages() {
    return List.of(CareerStage.values());
  }

  public List<Term> getTerms() {
    Term now = Term.of(LocalDate.now(clock.withZone(Dates.TRUST_ZONE)));
    return List.of(now.previous(), now, now.next(), now.next().next(), now.next().next().next());
  }

  public String termLabel(Term t) {
    return feedback.text("learning.term." + t.season().name(), String.valueOf(t.year()));
  }

  public List<SessionKind> getKinds() {
    return List.of(SessionKind.values());
  }

  public List<SchoolView> getProviders() {
    return providers;
  }

  public List<SlotView> getSessions() {
    return sessions;
  }

  public boolean isEditing() {
    return getId() != null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getProviderId() {
    return providerId;
  }

  public void setProviderId(Long providerId) {
    this.providerId = providerId;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }

  public String getCost() {
    return cost;
  }

  public void setCost(String cost) {
    this.cost = cost;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
