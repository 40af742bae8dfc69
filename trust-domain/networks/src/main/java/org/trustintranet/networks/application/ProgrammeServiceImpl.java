package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.Programme;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.ProgrammePolicy;
import org.trustintranet.networks.domain.ProgrammeRepository;
import org.trustintranet.networks.domain.ProgrammeSession;
import org.trustintranet.networks.domain.ProgrammeState;
import org.trustintranet.networks.domain.Registration;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;

/** The booklet and publishing programmes; changing the places locks the programme's row. */
@ApplicationScoped
@Transactional
public class ProgrammeServiceImpl implements ProgrammeService {
  static final String SUBJECT = "programme";

  @Inject ProgrammeRepository programmes;
  @Inject ProgrammeViews views;
  @Inject ProgrammeWaitingList waitingList;
  @Inject PeopleService people;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<ProgrammeView> booklet(Term term, CareerStage stage) {
    UserProfile me = reader();
    List<Long> providers =
        me.isTrustAdmin()
            ? List.copyOf(views.schoolNames().keySet())
            : List.copyOf(me.schoolsWhere(SchoolRole.SCHOOL_ADMIN));
    return views.of(me.personId(), programmes.ofTerm(term, stage, providers));
  }

  @Override
  public boolean mayPublish() {
    return ProgrammePolicy.mayPublishAny(currentUser.requireSignedIn());
  }

  @Override
  public ProgrammeDetail programme(long id) {
    UserProfile me = reader();
    Programme p = programmes.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    boolean provider = ProgrammePolicy.mayPublishFor(me, p.getProviderSchoolId());
    if (p.getState() != ProgrammeState.PUBLISHED && !provider) {
      throw new NotFoundException(NOT_FOUND);
    }
    ProgrammeView view = views.of(me.personId(), List.of(p)).get(0);
    List<RegistrationLine> lines = provider ? lines(p.getId()) : List.of();
    boolean hasSchool = !me.schoolRoles().isEmpty();
    return new ProgrammeDetail(
        view, p.isOpen() && view.mine() == null && hasSchool, view.mine() != null, provider, lines);
  }

  private List<RegistrationLine> lines(long programmeId) {
    List<Registration> rows = programmes.registrations(programmeId);
    Map<Long, PersonSummary> names =
        people.findAll(rows.stream().map(Registration::getPersonId).toList());
    Map<Long, String> schools = views.schoolNames();
    return rows.stream()
        .map(
            r -> {
              PersonSummary who = names.get(r.getPersonId());
              return new RegistrationLine(
                  r.getId(),
                  r.getPersonId(),
                  who == null ? "" : who.displayName(),
                  who == null ? "" : who.jobTitle(),
                  r.getSchoolId(),
                  schools.getOrDefault(r.getSchoolId(), ""),
                  r.getState(),
                  r.getRequestedAt(),
                  r.getReason());
            })
        .sorted(
            (a, b) ->
                a.schoolName().equals(b.schoolName())
                    ? a.requestedAt().compareTo(b.requestedAt())
                    : a.schoolName().compareTo(b.schoolName()))
        .toList();
  }

  @Override
  public long create(ProgrammeDetails details) {
    UserProfile me = currentUser.requireSignedIn();
    if (!ProgrammePolicy.mayPublishFor(me, details.providerSchoolId())) {
      throw new NotPermittedException();
    }
    if (!views.schoolNames().containsKey(details.providerSchoolId())) {
      throw new BusinessException("error.learning.providerRequired");
    }
    Programme p = programmes.add(new Programme(details, me.personId(), clock.instant()));
    programmes.flush();
    audit.record("learning.create", SUBJECT, p.getId(), p.getTitle(), null, null);
    return p.getId();
  }

  @Override
  public void change(long id, ProgrammeDetails details) {
    Programme p = managed(id, true);
    p.revise(details);
    programmes.flush();
    waitingList.placesFreed(p);
    audit.record("learning.change", SUBJECT, id, p.getTitle(), null, null);
  }

  @Override
  public void publish(long id) {
    Programme p = managed(id, false);
    p.publish();
    programmes.flush();
    audit.record("learning.publish", SUBJECT, id, p.getTitle(), null, null);
  }

  @Override
  public void withdraw(long id) {
    Programme p = managed(id, false);
    p.withdraw();
    programmes.flush();
    audit.record("learning.withdraw", SUBJECT, id, p.getTitle(), null, null);
  }

  @Override
  public long addSession(long programmeId, SessionSlot slot) {
    Programme p = managed(programmeId, false);
    if (slot.day().isBefore(today())) {
      throw new BusinessException("error.learning.session.inThePast");
    }
    ProgrammeSession s = programmes.addSession(new ProgrammeSession(p.getId(), slot));
    programmes.flush();
    audit.record("learning.addSession", SUBJECT, programmeId, p.getTitle(), null, null);
    return s.getId();
  }

  @Override
  public void removeSession(long sessionId) {
    currentUser.requireSignedIn();
    ProgrammeSession s =
        programmes.findSession(sessionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    Programme p = managed(s.getProgrammeId(), false);
    programmes.removeSession(s);
    programmes.flush();
    audit.record("learning.removeSession", SUBJECT, p.getId(), p.getTitle(), null, null);
  }

  /** The programme, once the asker may publish for its provider; its row locked if asked. */
  private Programme managed(long id, boolean lock) {
    UserProfile me = currentUser.requireSignedIn();
    Programme p =
        (lock ? programmes.lock(id) : programmes.find(id))
            .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    if (!ProgrammePolicy.mayPublishFor(me, p.getProviderSchoolId())) {
      throw new NotPermittedException();
    }
    return p;
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!ProgrammePolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AcademicYear.ZONE));
  }
}
