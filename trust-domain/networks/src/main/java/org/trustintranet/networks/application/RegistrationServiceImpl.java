package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammePolicy;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.Registration;
import org.trustintranet.networks.domain.RegistrationState;

/**
 * Registrations. Registering, approving and cancelling lock the programme's row first, so that of
 * two people taking the last place at once exactly one gets it and the other waits.
 */
@ApplicationScoped
@Transactional
public class RegistrationServiceImpl implements RegistrationService {
  @Inject ProgrammeRepository programmes;
  @Inject ProgrammeWaitingList waitingList;
  @Inject ProgrammeViews views;
  @Inject PeopleService people;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public RegistrationState register(long programmeId) {
    UserProfile me = currentUser.requireSignedIn();
    if (!ProgrammePolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    long school =
        me.schoolRoles().keySet().stream()
            .sorted()
            .findFirst()
            .orElseThrow(() -> new BusinessException("error.learning.noSchool"));
    Programme p = locked(programmeId);
    if (p.getState() != ProgrammeState.PUBLISHED
        && !ProgrammePolicy.mayPublishFor(me, p.getProviderSchoolId())) {
      throw new NotFoundException(ProgrammeService.NOT_FOUND);
    }
    Optional<Registration> earlier = programmes.registration(programmeId, me.personId());
    if (earlier.isPresent() && earlier.get().getState().isLive()) {
      throw new BusinessException(ALREADY);
    }
    RegistrationState state = p.register();
    Instant now = clock.instant();
    if (earlier.isPresent()) {
      earlier.get().reopen(school, state, now);
    } else {
      programmes.addRegistration(new Registration(programmeId, me.personId(), school, state, now));
    }
    programmes.flush();
    audit.record(
        "learning.register",
        ProgrammeServiceImpl.SUBJECT,
        programmeId,
        p.getTitle(),
        null,
        Map.of("state", state.name()));
    return state;
  }

  @Override
  public void cancel(long programmeId) {
    UserProfile me = currentUser.requireSignedIn();
    Programme p = locked(programmeId);
    Registration r =
        programmes
            .registration(programmeId, me.personId())
            .orElseThrow(() -> new BusinessException("error.learning.notRegistered"));
    if (r.cancel()) {
      p.givePlaceBack();
    }
    programmes.flush();
    waitingList.placesFreed(p);
    audit.record(
        "learning.cancel", ProgrammeServiceImpl.SUBJECT, programmeId, p.getTitle(), null, null);
  }

  @Override
  public List<RequestView> requests() {
    UserProfile me = currentUser.requireSignedIn();
    Set<Long> schools =
        me.isTrustAdmin() ? views.schoolNames().keySet() : me.schoolsWhere(SchoolRole.SCHOOL_ADMIN);
    if (schools.isEmpty()) {
      throw new NotPermittedException();
    }
    List<Registration> rows = programmes.requestsFrom(schools);
    Map<Long, PersonSummary> names =
        people.findAll(rows.stream().map(Registration::getPersonId).toList());
    Map<Long, String> schoolNames = views.schoolNames();
    return rows.stream()
        .map(
            r -> {
              Programme p = programmes.find(r.getProgrammeId()).orElseThrow();
              PersonSummary who = names.get(r.getPersonId());
              return new RequestView(
                  r.getId(),
                  p.getId(),
                  p.getTitle(),
                  p.getCostPence(),
                  who == null ? "" : who.displayName(),
                  schoolNames.getOrDefault(r.getSchoolId(), ""),
                  r.getRequestedAt());
            })
        .toList();
  }

  @Override
  public RegistrationState approve(long registrationId) {
    UserProfile me = currentUser.requireSignedIn();
    Registration r = deciding(me, registrationId);
    Programme p = locked(r.getProgrammeId());
    if (!p.isOpen()) {
      throw new BusinessException("error.learning.closed");
    }
    if (r.getState() != RegistrationState.REQUESTED) {
      throw new BusinessException("error.learning.notRequested");
    }
    RegistrationState admitted = p.admit();
    r.approve(admitted, me.personId(), clock.instant());
    programmes.flush();
    waitingList.tell(p, r.getPersonId(), "mail.learning.approved", "");
    audit.record(
        "learning.approve",
        ProgrammeServiceImpl.SUBJECT,
        p.getId(),
        p.getTitle(),
        null,
        Map.of("person", r.getPersonId(), "state", admitted.name()));
    return admitted;
  }

  @Override
  public void decline(long registrationId, String reason) {
    UserProfile me = currentUser.requireSignedIn();
    Registration r = deciding(me, registrationId);
    Programme p = locked(r.getProgrammeId());
    r.decline(reason, me.personId(), clock.instant());
    programmes.flush();
    waitingList.tell(p, r.getPersonId(), "mail.learning.declined", r.getReason());
    audit.record(
        "learning.decline",
        ProgrammeServiceImpl.SUBJECT,
        p.getId(),
        p.getTitle(),
        null,
        Map.of("person", r.getPersonId()));
  }

  /** The registration, once the asker administers the school it was made from. */
  private Registration deciding(UserProfile me, long registrationId) {
    Registration r =
        programmes
            .findRegistration(registrationId)
            .orElseThrow(() -> new NotFoundException("error.learning.registrationNotFound"));
    if (!ProgrammePolicy.mayDecide(me, r.getSchoolId())) {
      throw new NotPermittedException();
    }
    return r;
  }

  private Programme locked(long id) {
    return programmes.lock(id).orElseThrow(() -> new NotFoundException(ProgrammeService.NOT_FOUND));
  }
}
