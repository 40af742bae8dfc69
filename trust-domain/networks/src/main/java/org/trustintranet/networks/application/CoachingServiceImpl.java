package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.trustintranet.networks.domain.CoachingGoal;
import org.trustintranet.networks.domain.CoachingMeeting;
import org.trustintranet.networks.domain.CoachingPair;
import org.trustintranet.networks.domain.CoachingPolicy;
import org.trustintranet.networks.domain.CoachingRepository;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.MeetingDetails;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkPolicy;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.PairEnd;

/**
 * Coaching. Pairing locks the network's row, so that two leads pairing the same coach at once
 * cannot pass the coach's limit between them. The audit trail records who did what to which
 * pairing, never the pair's actions, notes or goals.
 */
@ApplicationScoped
@Transactional
public class CoachingServiceImpl implements CoachingService {
  static final String SUBJECT = "coaching-pair";

  @Inject CoachingRepository coaching;
  @Inject NetworkRepository networks;
  @Inject CurrentUser currentUser;
  @Inject PeopleService people;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public CoachingOverview overview(long networkId) {
    UserProfile me = reader();
    Network network = network(networkId);
    LocalDate today = today();
    NetworkMember mine = networks.member(networkId, me.personId()).orElse(null);
    boolean oversee = CoachingPolicy.mayOversee(me, mine, today);
    List<CoachingPair> pairs =
        coaching.pairsOf(networkId, AcademicYear.endOf(today)).stream()
            .filter(p -> oversee || CoachingPolicy.isParty(me, p))
            .toList();
    List<MemberLine> candidates = List.of();
    if (oversee) {
      List<NetworkMember> current =
          networks.members(networkId).stream().filter(m -> m.isCurrent(today)).toList();
      Map<Long, PersonSummary> names =
          people.findAll(current.stream().map(NetworkMember::getPersonId).toList());
      candidates =
          current.stream()
              .map(m -> names.get(m.getPersonId()))
              .filter(p -> p != null && p.active())
              .map(
                  p -> new MemberLine(p.id(), p.displayName(), p.jobTitle(), p.schoolNames(), null))
              .sorted(Comparator.comparing(MemberLine::name, String.CASE_INSENSITIVE_ORDER))
              .toList();
    }
    return new CoachingOverview(
        networkId,
        network.getName(),
        oversee,
        network.getCoachLimit(),
        views(me, pairs, Map.of(networkId, network)),
        candidates);
  }

  @Override
  public List<PairingView> mine() {
    UserProfile me = reader();
    List<CoachingPair> pairs = coaching.pairsWith(me.personId());
    Set<Long> ids = pairs.stream().map(CoachingPair::getNetworkId).collect(Collectors.toSet());
    Map<Long, Network> byId =
        networks.withIds(ids).stream()
            .collect(Collectors.toMap(Network::getId, Function.identity()));
    return views(me, pairs, byId);
  }

  @Override
  public PairingDetail pairing(long pairId) {
    UserProfile me = reader();
    CoachingPair pair = visible(me, coaching.pair(pairId));
    Network network = network(pair.getNetworkId());
    LocalDate today = today();
    NetworkMember mine = networks.member(network.getId(), me.personId()).orElse(null);
    boolean party = CoachingPolicy.mayReadPrivate(me, pair);
    List<CoachingMeeting> meetings = coaching.meetings(pairId);
    Map<Long, PersonSummary> names =
        people.findAll(meetings.stream().map(CoachingMeeting::getLoggedBy).distinct().toList());
    List<MeetingLine> lines = new ArrayList<>();
    for (CoachingMeeting m : meetings) {
      PersonSummary by = names.get(m.getLoggedBy());
      lines.add(
          new MeetingLine(
              m.getId(),
              m.getMetOn(),
              by == null ? "" : by.displayName(),
              party ? m.getActions() : null,
              party ? m.getNotes() : null));
    }
    List<GoalLine> goals =
        party
            ? coaching.goals(pairId).stream()
                .map(
                    g ->
                        new GoalLine(
                            g.getId(),
                            g.getGoal(),
                            g.getStatus().name(),
                            g.getProgress(),
                            g.getUpdatedAt()))
                .toList()
            : List.of();
    return new PairingDetail(
        views(me, List.of(pair), Map.of(network.getId(), network)).get(0),
        party,
        CoachingPolicy.mayWrite(me, pair, today),
        CoachingPolicy.mayOversee(me, mine, today) && pair.isOpen(today),
        lines,
        goals);
  }

  @Override
  public long pair(long networkId, long coachId, long coacheeId) {
    UserProfile me = reader();
    Network network =
        networks.lock(networkId).orElseThrow(() -> new NotFoundException(NetworkService.NOT_FOUND));
    LocalDate today = today();
    NetworkMember mine = networks.member(networkId, me.personId()).orElse(null);
    if (!CoachingPolicy.mayOversee(me, mine, today)) {
      throw new NotPermittedException();
    }
    CoachingPolicy.checkPairing(
        networks.member(networkId, coachId).orElse(null),
        networks.member(networkId, coacheeId).orElse(null),
        coaching.openAsCoach(networkId, coachId, today),
        network.getCoachLimit(),
        coaching.openAsCoachee(networkId, coacheeId, today),
        today);
    Map<Long, PersonSummary> two = people.findAll(List.of(coachId, coacheeId));
    if (two.values().stream().filter(PersonSummary::active).count() < 2) {
      throw new BusinessException("error.coaching.notMembers");
    }
    CoachingPair pair =
        coaching.addPair(
            new CoachingPair(networkId, coachId, coacheeId, me.personId(), today, clock.instant()));
    coaching.flush();
    audit.record(
        "networks.pair",
        SUBJECT,
        pair.getId(),
        network.getName(),
        null,
        Map.of("coach", coachId, "coachee", coacheeId));
    return pair.getId();
  }

  @Override
  public void end(long pairId) {
    UserProfile me = reader();
    CoachingPair pair = visible(me, coaching.lockPair(pairId));
    LocalDate today = today();
    NetworkMember mine = networks.member(pair.getNetworkId(), me.personId()).orElse(null);
    if (!CoachingPolicy.mayOversee(me, mine, today)) {
      throw new NotPermittedException();
    }
    if (!pair.isOpen(today)) {
      throw new BusinessException(CLOSED);
    }
    pair.end(PairEnd.LEAD, today, clock.instant());
    coaching.flush();
    audit.record("networks.endPair", SUBJECT, pairId, summary(pair), null, null);
  }

  @Override
  public void limitCoachees(long networkId, int limit) {
    UserProfile me = reader();
    Network network =
        networks.lock(networkId).orElseThrow(() -> new NotFoundException(NetworkService.NOT_FOUND));
    NetworkMember mine = networks.member(networkId, me.personId()).orElse(null);
    if (!CoachingPolicy.mayOversee(me, mine, today())) {
      throw new NotPermittedException();
    }
    int before = network.getCoachLimit();
    network.limitCoachees(limit, clock.instant());
    networks.flush();
    audit.record(
        "networks.coachLimit",
        NetworkServiceImpl.SUBJECT,
        networkId,
        network.getName(),
        Map.of("limit", before),
        Map.of("limit", limit));
  }

  @Override
  public long logMeeting(long pairId, MeetingDetails details) {
    UserProfile me = reader();
    CoachingPair pair = writable(me, pairId);
    details.checkDay(today(), pair.getYearEnds());
    CoachingMeeting meeting =
        coaching.addMeeting(new CoachingMeeting(pairId, details, me.personId(), clock.instant()));
    pair.met(details.metOn());
    coaching.flush();
    audit.record(
        "networks.logMeeting",
        SUBJECT,
        pairId,
        summary(pair),
        null,
        Map.of("metOn", details.metOn().toString())); // never the actions or notes
    return meeting.getId();
  }

  @Override
  public long setGoal(long pairId, String goal) {
    UserProfile me = reader();
    CoachingPair pair = writable(me, pairId);
    CoachingGoal added =
        coaching.addGoal(new CoachingGoal(pairId, goal, me.personId(), clock.instant()));
    coaching.flush();
    audit.record("networks.setGoal", SUBJECT, pairId, summary(pair), null, null);
    return added.getId();
  }

  @Override
  public void recordProgress(long goalId, GoalStatus status, String progress) {
    UserProfile me = reader();
    CoachingGoal goal = coaching.goal(goalId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    CoachingPair pair = writable(me, goal.getPairId());
    goal.progress(status, progress, clock.instant());
    coaching.flush();
    audit.record(
        "networks.goalProgress",
        SUBJECT,
        goal.getPairId(),
        summary(pair),
        null,
        Map.of("status", status.name()));
  }

  /** The open pairing, locked, if the asker is its coach or coachee. */
  private CoachingPair writable(UserProfile me, long pairId) {
    CoachingPair pair = visible(me, coaching.lockPair(pairId));
    if (!CoachingPolicy.isParty(me, pair)) {
      throw new NotPermittedException();
    }
    if (!CoachingPolicy.mayWrite(me, pair, today())) {
      throw new BusinessException(CLOSED);
    }
    return pair;
  }

  /** The pairing, if the asker may see it at all; "not found" otherwise, as if there were none. */
  private CoachingPair visible(UserProfile me, java.util.Optional<CoachingPair> found) {
    CoachingPair pair = found.orElseThrow(() -> new NotFoundException(NOT_FOUND));
    NetworkMember mine = networks.member(pair.getNetworkId(), me.personId()).orElse(null);
    if (!CoachingPolicy.maySee(me, mine, pair, today())) {
      throw new NotFoundException(NOT_FOUND);
    }
    return pair;
  }

  private List<PairingView> views(
      UserProfile me, List<CoachingPair> pairs, Map<Long, Network> byNetwork) {
    Collection<Long> ids = new HashSet<>();
    for (CoachingPair p : pairs) {
      ids.add(p.getCoachId());
      ids.add(p.getCoacheeId());
    }
    Map<Long, PersonSummary> names = people.findAll(ids);
    LocalDate today = today();
    List<PairingView> views = new ArrayList<>();
    for (CoachingPair p : pairs) {
      PersonSummary coach = names.get(p.getCoachId());
      PersonSummary coachee = names.get(p.getCoacheeId());
      Network network = byNetwork.get(p.getNetworkId());
      LocalDate pairedOn = LocalDate.ofInstant(p.getCreatedAt(), AcademicYear.ZONE);
      views.add(
          new PairingView(
              p.getId(),
              p.getNetworkId(),
              network == null ? "" : network.getName(),
              p.getCoachId(),
              coach == null ? "" : coach.displayName(),
              coach == null ? List.of() : coach.schoolNames(),
              p.getCoacheeId(),
              coachee == null ? "" : coachee.displayName(),
              coachee == null ? List.of() : coachee.schoolNames(),
              p.getYearEnds(),
              p.isOpen(today),
              p.getEndedWhy() == null ? null : p.getEndedWhy().name(),
              p.getLastMet(),
              p.getMeetings(),
              p.isStalled(today, pairedOn),
              p.getCoachId() == me.personId()
                  ? "COACH"
                  : p.getCoacheeId() == me.personId() ? "COACHEE" : null));
    }
    return views;
  }

  /** What the audit trail says of a pairing: its network, never the pair's words. */
  private String summary(CoachingPair pair) {
    return networks.find(pair.getNetworkId()).map(Network::getName).orElse("");
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
