package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.StaffMember;
import org.trustintranet.resources.domain.ProblemReport;
import org.trustintranet.resources.domain.Rating;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourcePolicy;
import org.trustintranet.resources.domain.ResourceRepository;

/** Ratings, problem reports (mailed after commit) and the quality badge. */
@ApplicationScoped
@Transactional
public class ResourceReviewServiceImpl implements ResourceReviewService {
  /** The furthest review date of a quality badge. */
  static final int MAX_BADGE_YEARS = 2;

  @Inject ResourceRepository resources;
  @Inject ResourceAccess access;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject PeopleService people;
  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;
  @Inject jakarta.enterprise.event.Event<LibraryChanged> changed;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080")
  String url;

  @Override
  public void rate(long id, int stars, String review) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = rateable(me, id);
    Rating rating = resources.rating(id, me.personId()).orElse(null);
    if (rating == null) {
      resources.addRating(new Rating(id, me.personId(), stars, review, clock.instant()));
    } else {
      rating.change(stars, review, clock.instant());
    }
    resources.flush();
    int[] totals = resources.ratingTotals(id);
    r.rated(totals[0], totals[1]);
    audit.record(
        "resources.rate",
        ResourceServiceImpl.SUBJECT,
        id,
        r.getTitle(),
        null,
        Map.of("stars", stars));
  }

  private Resource rateable(UserProfile me, long id) {
    access.visible(me, id);
    Resource r = resources.lock(id).orElseThrow();
    if (!ResourcePolicy.mayRate(me, r)) {
      throw new NotPermittedException();
    }
    return r;
  }

  @Override
  public void unrate(long id) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = rateable(me, id);
    resources.rating(id, me.personId()).ifPresent(resources::removeRating);
    resources.flush();
    int[] totals = resources.ratingTotals(id);
    r.rated(totals[0], totals[1]);
  }

  @Override
  public void report(long id, String message) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.visible(me, id);
    ProblemReport report = new ProblemReport(id, me.personId(), message, clock.instant());
    resources.addReport(report);
    r.problemReported();
    resources.flush();
    audit.record("resources.report", ResourceServiceImpl.SUBJECT, id, r.getTitle(), null, null);
    mailProblem(r, report, me);
  }

  /** To the owner (if still here) and the school's admins, each in their language. */
  private void mailProblem(Resource r, ProblemReport report, UserProfile reporter) {
    Set<Long> to = new LinkedHashSet<>();
    to.add(r.getOwnerId());
    for (StaffMember m :
        people.activeStaffOf(List.of(r.getSchoolId())).getOrDefault(r.getSchoolId(), List.of())) {
      if (m.role().includes(SchoolRole.SCHOOL_ADMIN)) {
        to.add(m.personId());
      }
    }
    to.remove(reporter.personId());
    String link = MailText.base(url) + "/library/resource.xhtml?id=" + r.getId();
    List<Mail> mails = new ArrayList<>();
    for (Addressee a : directory.addressees(to).values()) {
      String subject = texts.text(a.language(), "mail.resources.problem.subject", r.getTitle());
      String body =
          texts.text(
              a.language(),
              "mail.resources.problem.body",
              a.displayName(),
              reporter.displayName(),
              r.getTitle(),
              report.getMessage());
      String action = texts.text(a.language(), "mail.resources.problem.action");
      String text = body + "\n\n" + action + ": " + link + "\n";
      String html =
          "<p>"
              + MailText.escape(body).replace("\n", "<br>")
              + "</p><p><a href=\""
              + MailText.escape(link)
              + "\">"
              + MailText.escape(action)
              + "</a></p>";
      mails.add(new Mail(a.email(), a.language(), MailText.subject(subject), text, html));
    }
    if (!mails.isEmpty()) {
      outbox.sendAfterCommit(mails);
    }
  }

  @Override
  public void assure(long id, Checklist checklist, LocalDate reviewBy) {
    UserProfile me = currentUser.requireSignedIn();
    Resource r = access.visible(me, id);
    if (!ResourcePolicy.mayAssure(me, r)) {
      throw new NotPermittedException();
    }
    if (!checklist.allHold()) {
      throw new BusinessException(CHECKLIST);
    }
    LocalDate today = LocalDate.now(clock.withZone(Resource.ZONE));
    if (!reviewBy.isAfter(today) || reviewBy.isAfter(today.plusYears(MAX_BADGE_YEARS))) {
      throw new BusinessException(REVIEW_DATE, MAX_BADGE_YEARS);
    }
    r = resources.lock(id).orElseThrow();
    r.assure(me.personId(), reviewBy, clock.instant());
    resources.flush();
    changed.fire(new LibraryChanged(id));
    audit.record(
        "resources.assure",
        ResourceServiceImpl.SUBJECT,
        id,
        r.getTitle(),
        null,
        Map.of("until", reviewBy.toString()));
  }
}
