package org.trustintranet.web.networks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.trustintranet.networks.application.CoachingOverview;
import org.trustintranet.networks.application.CoachingService;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs networks/coaching.xhtml?id=NETWORK: a network's coaching. Its leads and trust admins see
 * every pairing of this academic year, with when each pair last met and which have stalled, pair a
 * coach with a coachee from the current members, end a pairing and set how many coachees a coach
 * may take; anyone else sees their own pairings there. A network that does not exist answers 404.
 * Each action names the network of the page's id and people or pairings from the lists the page
 * shows; the service checks them again.
 */
@Named
@ViewScoped
public class CoachingPage extends IdPage {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELD_OF =
      Map.of(
          "error.coaching.samePerson", "pair:coachee",
          "error.coaching.alreadyCoached", "pair:coachee",
          "error.coaching.coachFull", "pair:coach",
          "error.coaching.notMembers", "pair:coach",
          "error.coaching.limitRange", "limit:coachees");

  @Inject CoachingService coaching;
  @Inject Feedback feedback;

  private CoachingOverview overview;
  private Long coachId;
  private Long coacheeId;
  private Integer limit;

  public void load() {
    overview = readOrNotFound(id -> coaching.overview(id));
    if (overview != null) {
      limit = overview.coachLimit();
    }
  }

  private void reload() {
    CoachingOverview again = feedback.attempt(() -> coaching.overview(getId()), null);
    if (again != null) {
      overview = again;
      limit = overview.coachLimit();
    }
  }

  /** Pairs the coach and coachee chosen from the network's members. */
  public void pair() {
    if (overview == null || !overview.mayPair()) {
      return;
    }
    if (!isCandidate(coachId)) {
      feedback.refuseAt("pair:coach", "error.coaching.coachRequired");
      return;
    }
    if (!isCandidate(coacheeId)) {
      feedback.refuseAt("pair:coachee", "error.coaching.coacheeRequired");
      return;
    }
    long coach = coachId;
    long coachee = coacheeId;
    Long id =
        feedback.attempt(
            () -> feedback.atTheField(FIELD_OF::get, () -> coaching.pair(getId(), coach, coachee)),
            "coaching.paired");
    if (id != null) {
      coachId = null;
      coacheeId = null;
      reload();
    }
  }

  /** Ends one of the pairings the page lists. */
  public void end(long pairId) {
    if (overview != null
        && overview.pairings().stream().anyMatch(p -> p.id() == pairId && p.open())
        && feedback.attempt(() -> coaching.end(pairId), "coaching.ended")) {
      reload();
    }
  }

  /** Sets how many coachees one coach may take in this network. */
  public void saveLimit() {
    if (overview == null || !overview.mayPair()) {
      return;
    }
    if (limit == null) {
      feedback.refuseAt("limit:coachees", "error.coaching.limitRequired");
      return;
    }
    int value = limit;
    Boolean saved =
        feedback.attempt(
            () ->
                feedback.atTheField(
                    FIELD_OF::get,
                    () -> {
                      coaching.limitCoachees(getId(), value);
                      return Boolean.TRUE;
                    }),
            "coaching.limitSaved");
    if (saved != null) {
      reload();
    }
  }

  private boolean isCandidate(Long personId) {
    return personId != null
        && overview.candidates().stream().anyMatch(c -> c.personId() == personId);
  }

  public CoachingOverview getOverview() {
    return overview;
  }

  public Long getCoachId() {
    return coachId;
  }

  public void setCoachId(Long coachId) {
    this.coachId = coachId;
  }

  public Long getCoacheeId() {
    return coacheeId;
  }

  public void setCoacheeId(Long coacheeId) {
    this.coacheeId = coacheeId;
  }

  public Integer getLimit() {
    return limit;
  }

  public void setLimit(Integer limit) {
    this.limit = limit;
  }
}
