package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.FocusArea;
import org.trustintranet.networks.domain.ObservationRepository;
import org.trustintranet.networks.domain.OpenClassroom;
import org.trustintranet.networks.domain.OpenClassroomDetails;
import org.trustintranet.networks.domain.OpenClassroomPolicy;
import org.trustintranet.networks.domain.OpenClassroomRepository;
import org.trustintranet.networks.domain.OpenClassroomVisit;

/**
 * Open classrooms. Signing up, withdrawing and cancelling lock the offer's row first, so that of
 * two colleagues taking the last place at once exactly one gets it and the other is told it is
 * full. The audit trail records who did what to which offer.
 */
@ApplicationScoped
@Transactional
public class OpenClassroomServiceImpl implements OpenClassroomService {
  static final String SUBJECT = "open-classroom";

  @Inject OpenClassroomRepository offers;
  @Inject ObservationRepository areas;
  @Inject CurrentUser currentUser;
  @Inject PeopleService people;
  @Inject SchoolService schools;
  @Inject OpenClassroomMail mail;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public boolean mayOffer() {
    return OpenClassroomPolicy.mayOffer(reader());
  }

  @Override
  public List<FocusAreaView> focusAreas() {
    reader();
    return areas.offeredFocusAreas().stream().map(OpenClassroomServiceImpl::view).toList();
  }

  @Override
  public long offer(OpenClassroomDetails details) {
    UserProfile me = reader();
    if (!OpenClassroomPolicy.mayOffer(me)) {
      throw new NotPermittedException();
    }
    Optional<FocusArea> area = areas.focusArea(details.focusAreaId());
    if (area.isEmpty() || area.get().isRetired()) {
      throw new BusinessException("error.openClassroom.focusAreaRequired");
    }
    OpenClassroom offer =
        offers.add(new OpenClassroom(me.personId(), schoolOf(me), details, today(), now()));
    offers.flush();
    audit.record(
        "learning.openClassroomOffer",
        SUBJECT,
        offer.getId(),
        offer.getSubject() + ", " + offer.getClassGroup(),
        null,
        Map.of("day", offer.getDay().toString(), "limit", offer.getVisitorLimit()));
    return offer.getId();
  }

  @Override
  public void signUp(long openClassroomId) {
    UserProfile me = reader();
    if (!OpenClassroomPolicy.mayOffer(me)) {
      throw new NotPermittedException();
    }
    OpenClassroom offer = locked(openClassroomId);
    Optional<OpenClassroomVisit> earlier = offers.visit(openClassroomId, me.personId());
    if (earlier.isPresent() && earlier.get().isBooked()) {
      throw new BusinessException("error.openClassroom.alreadySignedUp");
    }
    offer.signUp(me.personId(), today());
    if (earlier.isPresent()) {
      earlier.get().rebook(schoolOf(me), now());
    } else {
      offers.addVisit(new OpenClassroomVisit(openClassroomId, me.personId(), schoolOf(me), now()));
    }
    offers.flush();
    audit("learning.openClassroomSignUp", offer);
  }

  @Override
  public void withdraw(long openClassroomId) {
    UserProfile me = reader();
    OpenClassroom offer = locked(openClassroomId);
    OpenClassroomVisit visit =
        offers
            .visit(openClassroomId, me.personId())
            .orElseThrow(() -> new BusinessException("error.openClassroom.notSignedUp"));
    visit.withdraw();
    offer.placeGivenBack();
    offers.flush();
    audit("learning.openClassroomWithdraw", offer);
  }

  @Override
  public void cancel(long openClassroomId) {
    UserProfile me = reader();
    OpenClassroom offer = locked(openClassroomId);
    if (!OpenClassroomPolicy.mayManage(me, offer)) {
      throw new NotPermittedException();
    }
    offer.cancel(me.personId(), now());
    offers.flush();
    audit("learning.openClassroomCancel", offer);
    List<Long> visitors =
        offers.bookedFor(List.of(offer.getId())).stream()
            .map(OpenClassroomVisit::getPersonId)
            .toList();
    mail.cancelled(offer, visitors);
  }

  @Override
  public List<OpenClassroomView> upcoming() {
    UserProfile me = reader();
    return views(me, offers.openFrom(today()));
  }

  @Override
  public List<OpenClassroomView> mine() {
    UserProfile me = reader();
    return views(me, offers.offeredBy(me.personId(), today()));
  }

  private List<OpenClassroomView> views(UserProfile me, List<OpenClassroom> list) {
    List<Long> ids = list.stream().map(OpenClassroom::getId).toList();
    List<OpenClassroomVisit> booked = offers.bookedFor(ids);
    Set<Long> who = new HashSet<>();
    list.forEach(o -> who.add(o.getTeacherId()));
    booked.forEach(v -> who.add(v.getPersonId()));
    Map<Long, String> names = names(who);
    Map<Long, String> schoolNames = schools.names(true);
    Map<Long, FocusAreaView> areaViews = new HashMap<>();
    for (OpenClassroom o : list) {
      areaViews.computeIfAbsent(
          o.getFocusAreaId(),
          id -> areas.focusArea(id).map(OpenClassroomServiceImpl::view).orElse(null));
    }
    Map<Long, List<OpenClassroomVisit>> byOffer =
        booked.stream().collect(Collectors.groupingBy(OpenClassroomVisit::getOpenClassroomId));
    List<OpenClassroomView> views = new ArrayList<>();
    for (OpenClassroom o : list) {
      List<OpenClassroomVisit> visits = byOffer.getOrDefault(o.getId(), List.of());
      boolean manage = OpenClassroomPolicy.mayManage(me, o);
      boolean signedUp = visits.stream().anyMatch(v -> v.getPersonId() == me.personId());
      List<VisitorLine> visitors =
          manage
              ? visits.stream()
                  .map(
                      v ->
                          new VisitorLine(
                              v.getPersonId(),
                              names.getOrDefault(v.getPersonId(), ""),
                              schoolNames.getOrDefault(v.getSchoolId(), "")))
                  .toList()
              : List.of();
      views.add(
          new OpenClassroomView(
              o.getId(),
              o.getTeacherId(),
              names.getOrDefault(o.getTeacherId(), ""),
              schoolNames.getOrDefault(o.getSchoolId(), ""),
              o.getDay(),
              o.getStarts(),
              o.getEnds(),
              o.getPeriodLabel(),
              o.getClassGroup(),
              o.getSubject(),
              areaViews.get(o.getFocusAreaId()),
              o.getDescription(),
              o.getVisitorLimit(),
              o.getTaken(),
              o.getState(),
              signedUp,
              manage,
              !signedUp && OpenClassroomPolicy.maySignUp(me, o) && o.hasFreePlace(),
              visitors));
    }
    return views;
  }

  private Map<Long, String> names(Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    for (PersonSummary p : people.findAll(ids).values()) {
      names.put(p.id(), p.displayName());
    }
    return names;
  }

  static FocusAreaView view(FocusArea a) {
    return new FocusAreaView(a.getId(), a.getName(), a.getWelshName(), a.isRetired());
  }

  /** The school an offer or a visit is made from: the asker's first (lowest id) school. */
  private static long schoolOf(UserProfile me) {
    return me.schoolRoles().keySet().stream()
        .sorted()
        .findFirst()
        .orElseThrow(() -> new BusinessException("error.learning.noSchool"));
  }

  private OpenClassroom locked(long id) {
    return offers.lock(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private void audit(String action, OpenClassroom offer) {
    audit.record(
        action,
        SUBJECT,
        offer.getId(),
        offer.getSubject() + ", " + offer.getClassGroup(),
        null,
        Map.of("taken", offer.getTaken()));
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!OpenClassroomPolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  private Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AcademicYear.ZONE));
  }
}
