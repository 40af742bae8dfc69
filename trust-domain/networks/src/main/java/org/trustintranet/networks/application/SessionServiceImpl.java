package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonSummary;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkPolicy;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionPlace;
import org.trustintranet.networks.domain.SessionRepeat;
import org.trustintranet.networks.domain.SessionRepository;

/**
 * Sessions and their places. A sign-up or a cancellation locks the session's row first, so that of
 * two people taking the last place at once exactly one gets it and the other waits.
 */
@ApplicationScoped
@Transactional
public class SessionServiceImpl implements SessionService {
  static final String SUBJECT = "network-session";
  private static final int PAST_SHOWN = 5;
  private static final int UPCOMING_SHOWN = 10;

  @Inject SessionRepository sessions;
  @Inject NetworkRepository networks;
  @Inject SessionScheduler scheduler;
  @Inject WaitingList waitingList;
  @Inject SessionCalendars calendars;
  @Inject CurrentUser currentUser;
  @Inject PeopleService people;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<SessionView> upcoming(long networkId) {
    UserProfile me = reader();
    Network network = network(networkId);
    return views(me, network, sessions.upcoming(networkId, clock.instant(), UPCOMING_SHOWN));
  }

  @Override
  public List<SessionView> past(long networkId) {
    UserProfile me = reader();
    Network network = network(networkId);
    return views(me, network, sessions.past(networkId, clock.instant(), PAST_SHOWN));
  }

  @Override
  public NetworkSessions sessionsOf(long networkId) {
    UserProfile me = reader();
    Network network = network(networkId);
    Instant now = clock.instant();
    List<NetworkSession> next = sessions.upcoming(networkId, now, UPCOMING_SHOWN);
    List<NetworkSession> before = sessions.past(networkId, now, PAST_SHOWN);
    List<NetworkSession> both = new ArrayList<>(next);
    both.addAll(before);
    List<SessionView> views = views(me, network, both);
    return new NetworkSessions(
        views.subList(0, next.size()), views.subList(next.size(), views.size()));
  }

  @Override
  public SessionDetail session(long id) {
    UserProfile me = reader();
    NetworkSession s = sessions.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    Network network = network(s.getNetworkId());
    SessionView view = views(me, network, List.of(s)).get(0);
    NetworkMember mine = networks.member(network.getId(), me.personId()).orElse(null);
    boolean lead = NetworkPolicy.mayManage(me, mine, today());
    List<PlaceLine> places = new ArrayList<>();
    if (lead) {
      List<SessionPlace> rows = sessions.places(id);
      Map<Long, PersonSummary> names =
          people.findAll(rows.stream().map(SessionPlace::getPersonId).toList());
      for (SessionPlace p : rows) {
        PersonSummary who = names.get(p.getPersonId());
        if (who != null) {
          places.add(
              new PlaceLine(
                  who.id(),
                  who.displayName(),
                  who.schoolNames(),
                  p.getState().name(),
                  p.getAttended()));
        }
      }
    }
    Instant now = clock.instant();
    return new SessionDetail(
        view,
        places,
        view.myPlace() == null && s.isOpen(now) && mine != null && mine.isCurrent(today()),
        view.myPlace() != null && s.isOpen(now),
        lead && !s.getStartsAt().isAfter(now));
  }

  @Override
  public SessionInvitation invitation(long id) {
    reader();
    NetworkSession s = sessions.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    return calendars.invitation(s);
  }

  /** Not in a transaction: the room is booked in the rooms context's own, before the session. */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public long schedule(long networkId, SessionDetails details) {
    return scheduler.schedule(scheduling(networkId, details), List.of(details)).get(0);
  }

  /** Not in a transaction: as {@link #schedule}, each room booked in a transaction of its own. */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Long> scheduleRepeating(long networkId, SessionDetails first, SessionRepeat repeat) {
    return scheduler.schedule(scheduling(networkId, first), repeat.occurrences(first));
  }

  /** The network, once the asker may schedule its sessions from {@code first}'s start on. */
  private Network scheduling(long networkId, SessionDetails first) {
    UserProfile me = reader();
    Network network = network(networkId);
    NetworkMember mine = networks.member(networkId, me.personId()).orElse(null);
    if (!NetworkPolicy.mayManage(me, mine, today())) {
      throw new NotPermittedException();
    }
    if (!first.start().isAfter(clock.instant())) {
      throw new BusinessException("error.networks.session.inThePast");
    }
    return network;
  }

  @Override
  public PlaceState signUp(long sessionId) {
    UserProfile me = reader();
    NetworkSession s = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    boolean member =
        networks
            .member(s.getNetworkId(), me.personId())
            .map(m -> m.isCurrent(today()))
            .orElse(false);
    if (!member) {
      throw new BusinessException(NOT_A_MEMBER);
    }
    if (!s.isOpen(clock.instant())) {
      throw new BusinessException(CLOSED);
    }
    if (sessions.place(sessionId, me.personId()).isPresent()) {
      throw new BusinessException(ALREADY_SIGNED);
    }
    PlaceState state = s.hasFreePlace() ? PlaceState.BOOKED : PlaceState.WAITING;
    if (state == PlaceState.BOOKED) {
      s.takePlace();
    }
    sessions.addPlace(new SessionPlace(sessionId, me.personId(), state, clock.instant()));
    sessions.flush();
    audit.record(
        "networks.signUp", SUBJECT, sessionId, s.getTitle(), null, Map.of("place", state.name()));
    return state;
  }

  @Override
  public void cancelPlace(long sessionId) {
    UserProfile me = reader();
    NetworkSession s = sessions.lock(sessionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    SessionPlace place =
        sessions.place(sessionId, me.personId()).orElseThrow(() -> new BusinessException(NO_PLACE));
    if (!s.isOpen(clock.instant())) {
      throw new BusinessException(CLOSED);
    }
    sessions.removePlace(place);
    if (place.getState() == PlaceState.BOOKED) {
      s.givePlaceBack();
    }
    sessions.flush();
    waitingList.placeFreed(s);
    audit.record("networks.cancelPlace", SUBJECT, sessionId, s.getTitle(), null, null);
  }

  @Override
  public void attendance(long sessionId, long personId, boolean attended) {
    UserProfile me = reader();
    NetworkSession s = sessions.find(sessionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    NetworkMember mine = networks.member(s.getNetworkId(), me.personId()).orElse(null);
    if (!NetworkPolicy.mayManage(me, mine, today())) {
      throw new NotPermittedException();
    }
    if (s.getStartsAt().isAfter(clock.instant())) {
      throw new BusinessException(NOT_STARTED);
    }
    SessionPlace place =
        sessions
            .place(sessionId, personId)
            .filter(p -> p.getState() == PlaceState.BOOKED)
            .orElseThrow(() -> new BusinessException(NOT_BOOKED));
    place.attended(attended);
    sessions.flush();
    audit.record(
        "networks.attendance",
        SUBJECT,
        sessionId,
        s.getTitle(),
        null,
        Map.of("person", personId, "attended", attended));
  }

  @Override
  public Optional<SessionView> nextSession() {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.maySee(me)) {
      return Optional.empty();
    }
    return sessions
        .nextBookedFor(me.personId(), clock.instant())
        .map(s -> views(me, network(s.getNetworkId()), List.of(s)).get(0));
  }

  private List<SessionView> views(UserProfile me, Network network, List<NetworkSession> list) {
    List<Long> ids = list.stream().map(NetworkSession::getId).toList();
    Map<Long, Long> waiting = sessions.waitingCounts(ids);
    Map<Long, SessionPlace> mine =
        sessions.placesOf(me.personId(), ids).stream()
            .collect(Collectors.toMap(SessionPlace::getSessionId, Function.identity()));
    return list.stream()
        .map(
            s ->
                new SessionView(
                    s.getId(),
                    network.getId(),
                    network.getName(),
                    s.getTitle(),
                    s.getAgenda(),
                    s.getStartsAt(),
                    s.getEndsAt(),
                    s.getPlace(),
                    s.getRoomId(),
                    s.getOnlineLink(),
                    s.getCapacity(),
                    s.getBooked(),
                    waiting.getOrDefault(s.getId(), 0L).intValue(),
                    s.isCancelled(),
                    mine.containsKey(s.getId()) ? mine.get(s.getId()).getState().name() : null))
        .toList();
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  private Network network(long id) {
    return networks.find(id).orElseThrow(() -> new NotFoundException(NetworkService.NOT_FOUND));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AcademicYear.ZONE));
  }
}
