package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.networks.domain.NetworkPolicy;
import org.trustintranet.networks.domain.ObservationDirection;
import org.trustintranet.networks.domain.ObservationFeedback;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.PeerObservation;

/**
 * Peer observation. Every change locks the observation's row; one open observation per two people
 * is kept by a unique key, so two invitations at once cannot both stand. The audit trail records
 * who did what to which observation, never the message, the reason or the feedback.
 */
@ApplicationScoped
@Transactional
public class ObservationServiceImpl implements ObservationService {
  static final String SUBJECT = "peer-observation";

  @Inject ObservationRepository observations;
  @Inject CurrentUser currentUser;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject ObservationMail mail;
  @Inject ObservationViews views;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public InvitationForm invitation(long withPersonId) {
    UserProfile me = reader();
    PersonSummary them = invitable(me, withPersonId);
    List<InvitationForm.AreaOption> areas =
        observations.offeredFocusAreas().stream()
            .map(a -> new InvitationForm.AreaOption(a.getId(), a.getName(), a.getWelshName()))
            .toList();
    return new InvitationForm(
        them.id(), them.displayName(), them.jobTitle(), them.schoolNames(), areas);
  }

  @Override
  public long invite(
      long withPersonId, ObservationDirection direction, Long focusAreaId, String message) {
    UserProfile me = reader();
    PersonSummary them = invitable(me, withPersonId);
    if (focusAreaId != null) {
      Optional<FocusArea> area = observations.focusArea(focusAreaId);
      if (area.isEmpty() || area.get().isRetired()) {
        throw new BusinessException("error.observation.focusArea");
      }
    }
    if (observations.openBetween(me.personId(), withPersonId)) {
      throw new BusinessException("error.observation.duplicate");
    }
    Set<Long> counted = new HashSet<>(me.schoolRoles().keySet());
    counted.addAll(them.schools().keySet());
    PeerObservation observation =
        observations.add(
            new PeerObservation(
                me.personId(),
                withPersonId,
                direction,
                focusAreaId,
                message,
                counted,
                clock.instant()));
    observations.flush();
    audit.record(
        "learning.observationInvite",
        SUBJECT,
        observation.getId(),
        me.displayName() + " → " + them.displayName(),
        null,
        Map.of("direction", direction.name()));
    mail.invited(observation, me.displayName());
    return observation.getId();
  }

  /** The person the asker may invite: someone else, active, of the trust. */
  private PersonSummary invitable(UserProfile me, long withPersonId) {
    if (withPersonId == me.personId()) {
      throw new BusinessException("error.observation.self");
    }
    PersonSummary them = people.find(withPersonId).orElse(null);
    if (them == null || !them.active() || them.schools().isEmpty()) {
      throw new BusinessException("error.observation.inviteeInactive");
    }
    return them;
  }

  @Override
  public void accept(long observationId) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    observation.accept(me.personId(), clock.instant());
    observations.flush();
    audit("learning.observationAccept", observation, null);
    mail.answered(observation, me.displayName(), true);
  }

  @Override
  public void decline(long observationId, String reason) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    observation.decline(me.personId(), reason, clock.instant());
    observations.flush();
    audit("learning.observationDecline", observation, null);
    mail.answered(observation, me.displayName(), false);
  }

  @Override
  public void agree(long observationId, LessonSlot slot) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    observation.agree(me.personId(), slot, today(), clock.instant());
    observations.flush();
    audit("learning.observationAgree", observation, Map.of("day", slot.day().toString()));
  }

  @Override
  public void cancel(long observationId) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    observation.cancel(me.personId(), clock.instant());
    observations.flush();
    audit("learning.observationCancel", observation, null);
  }

  @Override
  public void markDone(long observationId) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    observation.complete(me.personId(), today(), clock.instant());
    observations.flush();
    audit("learning.observationDone", observation, null);
  }

  @Override
  public void recordFeedback(long observationId, String wentWell, String nextSteps) {
    UserProfile me = reader();
    PeerObservation observation = mine(me, observationId);
    LocalDate today = today();
    if (!observation.mayRecordFeedback(me.personId(), today)) {
      throw new BusinessException("error.observation.feedbackNotYet");
    }
    Optional<ObservationFeedback> own =
        observations.feedback(observationId).stream()
            .filter(f -> f.getPersonId() == me.personId())
            .findFirst();
    if (own.isPresent()) {
      own.get().revise(wentWell, nextSteps, clock.instant());
    } else {
      observations.addFeedback(
          new ObservationFeedback(
              observationId, me.personId(), wentWell, nextSteps, clock.instant()));
    }
    observation.complete(me.personId(), today, clock.instant());
    observations.flush();
    audit("learning.observationFeedback", observation, null); // never the words
  }

  @Override
  public List<ObservationView> mine() {
    UserProfile me = reader();
    return views.of(me.personId(), observations.with(me.personId()), today());
  }

  @Override
  public ObservationDetail detail(long observationId) {
    UserProfile me = reader();
    PeerObservation observation = visible(me, observations.find(observationId));
    ObservationView view = views.of(me.personId(), List.of(observation), today()).get(0);
    FeedbackView mine = null;
    FeedbackView partner = null;
    for (ObservationFeedback f : observations.feedback(observationId)) {
      FeedbackView line =
          new FeedbackView(
              f.getPersonId() == observation.getInviterId()
                  ? view.inviterName()
                  : view.inviteeName(),
              f.getWentWell(),
              f.getNextSteps(),
              f.getUpdatedAt());
      if (f.getPersonId() == me.personId()) {
        mine = line;
      } else {
        partner = line;
      }
    }
    return new ObservationDetail(view, mine, partner);
  }

  @Override
  public boolean maySeeCounts() {
    return reader().administersAnySchool();
  }

  @Override
  public List<SchoolObservationCount> completedBySchool() {
    UserProfile me = reader();
    if (!me.administersAnySchool()) {
      throw new NotPermittedException();
    }
    Map<Long, String> names = schools.names(me.isTrustAdmin());
    Set<Long> mySchools =
        me.isTrustAdmin() ? names.keySet() : me.schoolsWhere(SchoolRole.SCHOOL_ADMIN);
    Map<Long, Long> counts = observations.completedBySchool(me.isTrustAdmin() ? null : mySchools);
    List<SchoolObservationCount> rows = new ArrayList<>();
    for (Long school : mySchools) {
      rows.add(
          new SchoolObservationCount(
              school, names.getOrDefault(school, ""), counts.getOrDefault(school, 0L)));
    }
    rows.sort(
        Comparator.comparing(SchoolObservationCount::schoolName, String.CASE_INSENSITIVE_ORDER));
    return rows;
  }

  /** The observation, locked, if the asker is one of its two; "not found" for anyone else. */
  private PeerObservation mine(UserProfile me, long observationId) {
    return visible(me, observations.lock(observationId));
  }

  private PeerObservation visible(UserProfile me, Optional<PeerObservation> found) {
    PeerObservation observation = found.orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!observation.involves(me.personId())) {
      throw new NotFoundException(NOT_FOUND);
    }
    return observation;
  }

  private void audit(String action, PeerObservation observation, Map<String, Object> after) {
    audit.record(
        action,
        SUBJECT,
        observation.getId(),
        observation.getState().name(),
        null,
        after == null ? Map.of("state", observation.getState().name()) : after);
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.belongsToTrust(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AcademicYear.ZONE));
  }
}
