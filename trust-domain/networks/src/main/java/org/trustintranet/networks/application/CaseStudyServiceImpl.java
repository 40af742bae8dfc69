package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.networks.domain.CaseStudyEvent;
import org.trustintranet.networks.domain.CaseStudyPolicy;
import org.trustintranet.networks.domain.CaseStudyQuery;
import org.trustintranet.networks.domain.CaseStudyRepository;
import org.trustintranet.networks.domain.CaseStudyState;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ProfileRepository;

/**
 * Case studies and their review; each step is kept in the history, audited and mailed to the
 * authors once it commits. Publishing indexes the case study's words for the library's search.
 */
@ApplicationScoped
@Transactional
public class CaseStudyServiceImpl implements CaseStudyService {
  static final String SUBJECT = "caseStudy";

  @Inject CaseStudyRepository studies;
  @Inject CaseStudyViews views;
  @Inject CaseStudyMail mail;
  @Inject ProfileRepository profiles;
  @Inject SchoolService schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<CaseStudyView> library(CaseStudyQuery query) {
    reader();
    return views.of(studies.search(query, LIBRARY_LIMIT));
  }

  @Override
  public List<CaseStudyView> inProgress() {
    UserProfile me = reader();
    List<Long> schools =
        me.isTrustAdmin()
            ? List.copyOf(views.schoolNames().keySet())
            : List.copyOf(me.schoolsWhere(SchoolRole.SCHOOL_ADMIN));
    return views.of(studies.inProgress(schools, me.personId()));
  }

  @Override
  public List<CaseStudyView> reviewQueue() {
    UserProfile me = currentUser.requireSignedIn();
    if (!CaseStudyPolicy.mayReview(me)) {
      throw new NotPermittedException();
    }
    return views.of(studies.awaitingReview());
  }

  @Override
  public boolean mayWrite() {
    return CaseStudyPolicy.mayWriteAny(currentUser.requireSignedIn());
  }

  @Override
  public List<SchoolView> writableSchools() {
    UserProfile me = currentUser.requireSignedIn();
    return schools.schools(false).stream()
        .filter(s -> CaseStudyPolicy.mayWriteFor(me, s.id()))
        .sorted(Comparator.comparing(SchoolView::name))
        .toList();
  }

  @Override
  public boolean mayReview() {
    return CaseStudyPolicy.mayReview(currentUser.requireSignedIn());
  }

  @Override
  public CaseStudyDetail caseStudy(long id) {
    UserProfile me = reader();
    CaseStudy c = studies.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!CaseStudyPolicy.maySee(me, c)) {
      throw new NotFoundException(NOT_FOUND);
    }
    boolean officer = CaseStudyPolicy.mayReview(me);
    return new CaseStudyDetail(
        views.of(c),
        views.history(studies.history(id)),
        studies.files(id).stream()
            .map(f -> new CaseStudyFileView(f.getId(), f.getFileName(), f.getSize()))
            .toList(),
        CaseStudyPolicy.mayEdit(me, c),
        officer && c.getState() == CaseStudyState.SUBMITTED,
        officer && c.getState() == CaseStudyState.APPROVED);
  }

  @Override
  public long create(CaseStudyDetails details) {
    UserProfile me = currentUser.requireSignedIn();
    if (!CaseStudyPolicy.mayWriteFor(me, details.schoolId())) {
      throw new NotPermittedException();
    }
    checkReferences(details);
    CaseStudy c = studies.add(new CaseStudy(details, me.personId(), clock.instant()));
    studies.flush();
    studies.addEvent(c.created());
    audit.record("caseStudy.create", SUBJECT, c.getId(), c.getTitle(), null, null);
    return c.getId();
  }

  @Override
  public void change(long id, CaseStudyDetails details) {
    UserProfile me = currentUser.requireSignedIn();
    CaseStudy c = studies.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!CaseStudyPolicy.isOwner(me, c)) {
      throw new NotPermittedException();
    }
    checkReferences(details);
    c.revise(details, me.personId(), clock.instant());
    studies.flush();
    audit.record("caseStudy.change", SUBJECT, id, c.getTitle(), null, null);
  }

  @Override
  public void submit(long id) {
    UserProfile me = currentUser.requireSignedIn();
    CaseStudy c = studies.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!CaseStudyPolicy.isOwner(me, c)) {
      throw new NotPermittedException();
    }
    step(me, c, "caseStudy.submit", c.submit(me.personId(), clock.instant()));
  }

  @Override
  public void returnWithComments(long id, String comments) {
    review(id, "caseStudy.return", (c, me) -> c.returnWithComments(comments, me, clock.instant()));
  }

  @Override
  public void approve(long id) {
    review(id, "caseStudy.approve", (c, me) -> c.approve(me, clock.instant()));
  }

  @Override
  public void publish(long id) {
    CaseStudy c = review(id, "caseStudy.publish", (c2, me) -> c2.publish(me, clock.instant()));
    FocusArea area = profiles.findFocusArea(c.getFocusAreaId()).orElse(null);
    studies.index(
        c.getId(),
        c.searchText(
            views.schoolNames().getOrDefault(c.getSchoolId(), ""),
            area == null ? "" : area.getName(),
            area == null ? "" : area.getWelshName()));
  }

  /** An education officer's step on the case study. */
  private CaseStudy review(
      long id, String action, BiFunction<CaseStudy, Long, CaseStudyEvent> transition) {
    UserProfile me = currentUser.requireSignedIn();
    if (!CaseStudyPolicy.mayReview(me)) {
      throw new NotPermittedException();
    }
    CaseStudy c = studies.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!CaseStudyPolicy.maySee(me, c)) {
      throw new NotFoundException(NOT_FOUND);
    }
    step(me, c, action, transition.apply(c, me.personId()));
    return c;
  }

  private void step(UserProfile me, CaseStudy c, String action, CaseStudyEvent event) {
    studies.flush();
    studies.addEvent(event);
    audit.record(action, SUBJECT, c.getId(), c.getTitle(), null, null);
    mail.stepped(c, event.getStep(), me.personId(), me.displayName());
  }

  /** The school exists and is open; the focus area is on the list and offered. */
  private void checkReferences(CaseStudyDetails details) {
    if (!views.schoolNames().containsKey(details.schoolId())) {
      throw new BusinessException("error.caseStudy.schoolRequired");
    }
    FocusArea area =
        profiles
            .findFocusArea(details.focusAreaId())
            .orElseThrow(() -> new BusinessException("error.caseStudy.areaRequired"));
    if (area.isRetired()) {
      throw new BusinessException("error.caseStudy.areaRequired");
    }
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!CaseStudyPolicy.mayRead(me)) {
      throw new NotPermittedException();
    }
    return me;
  }
}
