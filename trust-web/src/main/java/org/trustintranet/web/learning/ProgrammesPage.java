package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.ProgrammeView;
import org.trustintranet.networks.application.RegistrationService;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.networks.domain.Term;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.Feedback;

/**
 * Backs learning/programmes.xhtml, the termly booklet: the term's programmes of a career stage
 * (from the address, {@code ?term=2026-autumn&stage=MENTOR}; the current term and every stage
 * without, junk counting as nothing), each with its Register button, and the link to the same
 * booklet as a PDF. Providers also see their drafts; admins get links to a new programme and to
 * their school's requests. Registering names a programme the page lists; the service checks again.
 */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programmes;
  @Inject RegistrationService registrations;
  @Inject Feedback feedback;
  @Inject Clock clock;

  private String term;
  private String stage;
  private Term shown;
  private List<ProgrammeView> booklet = List.of();
  private boolean mayPublish;

  public void load() {
    Term now = Term.of(LocalDate.now(clock.withZone(Dates.TRUST_ZONE)));
    shown = Booklets.term(term, now);
    term = shown.key();
    CareerStage filter = Booklets.stage(stage);
    stage = filter == null ? null : filter.name();
    List<ProgrammeView> found = feedback.attempt(() -> programmes.booklet(shown, filter), null);
    booklet = found == null ? List.of() : found;
    mayPublish = programmes.mayPublish();
  }

  /** Sends the filter to the page's own address, which shows that booklet (and can be kept). */
  public String filter() {
    return "/learning/programmes?faces-redirect=true&includeViewParams=true";
  }

  /** Registers for a programme the page lists: a place, the waiting list, or a request. */
  public void register(long programmeId) {
    if (booklet.stream().noneMatch(p -> p.id() == programmeId)) {
      return;
    }
    RegistrationState state = feedback.attempt(() -> registrations.register(programmeId), null);
    if (state != null) {
      feedback.info("learning.registered." + state.name());
      load();
    }
  }

  /** The current term, the two before and the three after, for the filter. */
  public List<Term> getTerms() {
    Term now = Term.of(LocalDate.now(clock.withZone(Dates.TRUST_ZONE)));
    Term first = now.previous().previous();
    return List.of(
        first, first.next(), now, now.next(), now.next().next(), now.next().next().next());
  }

  public List<CareerStage> getStages() {
    return List.of(CareerStage.values());
  }

  /** "Autumn 2026" in the page's language. */
  public String termLabel(Term t) {
    return feedback.text("learning.term." + t.season().name(), String.valueOf(t.year()));
  }

  /** "Free", or the cost in pounds. */
  public String cost(ProgrammeView p) {
    return Programmes.cost(feedback, p.costPence());
  }

  /** The booklet's PDF, for the term and stage shown. */
  public String getPdfLink() {
    return "booklet.pdf?term=" + term + (stage == null ? "" : "&stage=" + stage);
  }

  public boolean mayRegister(ProgrammeView p) {
    return p.state() == ProgrammeState.PUBLISHED && p.mine() == null;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public Term getShown() {
    return shown;
  }

  public List<ProgrammeView> getBooklet() {
    return booklet;
  }

  public boolean isMayPublish() {
    return mayPublish;
  }
}
