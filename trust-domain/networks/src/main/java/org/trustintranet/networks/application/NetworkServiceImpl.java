package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.trustintranet.networks.domain.MemberState;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkPolicy;
import org.trustintranet.networks.domain.NetworkPolicy.JoinOutcome;
import org.trustintranet.networks.domain.NetworkRepository;

/**
 * Networks and their members. Every change locks the network's row first, so that two leads (or a
 * lead and a member) changing its members at once queue rather than leave it without a lead.
 */
@ApplicationScoped
@Transactional
public class NetworkServiceImpl implements NetworkService, NetworkMemberships {
  static final String SUBJECT = "network";

  @Inject NetworkRepository networks;
  @Inject CurrentUser currentUser;
  @Inject PeopleService people;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<NetworkMembershipChanged> changed;

  @Override
  public List<NetworkRow> directory(NetworkKind kind) {
    UserProfile me = reader();
    LocalDate today = today();
    Map<Long, NetworkMember> mine = mineByNetwork(me);
    Map<Long, Long> counts = networks.currentCounts(today);
    return networks.all().stream()
        .filter(n -> kind == null || n.getKind() == kind)
        .map(n -> row(n, counts, mine.get(n.getId()), today))
        .toList();
  }

  @Override
  public List<NetworkRow> mine() {
    UserProfile me = reader();
    LocalDate today = today();
    Map<Long, NetworkMember> mine = mineByNetwork(me);
    Map<Long, Long> counts = networks.currentCounts(today);
    return networks.withIds(mine.keySet()).stream()
        .map(n -> row(n, counts, mine.get(n.getId()), today))
        .toList();
  }

  @Override
  public NetworkPage page(long id) {
    UserProfile me = reader();
    LocalDate today = today();
    Network network = visible(id);
    List<NetworkMember> rows = networks.members(id);
    NetworkMember mine =
        rows.stream().filter(m -> m.getPersonId() == me.personId()).findFirst().orElse(null);
    boolean manage = NetworkPolicy.mayManage(me, mine, today);
    Map<Long, PersonSummary> names =
        people.findAll(rows.stream().map(NetworkMember::getPersonId).toList());
    List<MemberLine> leads = new ArrayList<>();
    List<MemberLine> members = new ArrayList<>();
    List<MemberLine> requests = new ArrayList<>();
    List<MemberLine> invitations = new ArrayList<>();
    for (NetworkMember m : rows) {
      PersonSummary p = names.get(m.getPersonId());
      if (p == null || !p.active()) {
        continue;
      }
      MemberLine line =
          new MemberLine(p.id(), p.displayName(), p.jobTitle(), p.schoolNames(), m.getLapsesOn());
      if (m.isLead(today)) {
        leads.add(line);
      } else if (m.isCurrent(today)) {
        members.add(line);
      } else if (manage && m.getState() == MemberState.REQUESTED) {
        requests.add(line);
      } else if (manage && m.getState() == MemberState.INVITED) {
        invitations.add(line);
      }
    }
    Comparator<MemberLine> byName = Comparator.comparing(MemberLine::name);
    members.sort(byName);
    leads.sort(byName);
    Map<Long, Long> counts = Map.of(id, (long) (leads.size() + members.size()));
    return new NetworkPage(
        row(network, counts, mine, today),
        leads,
        members,
        requests,
        invitations,
        manage,
        NetworkPolicy.join(me, network, mine, today) != JoinOutcome.REFUSED,
        NetworkPolicy.mayLeave(mine, leads.size(), today));
  }

  @Override
  public boolean mayCreate() {
    return NetworkPolicy.mayCreate(currentUser.requireSignedIn());
  }

  @Override
  public long create(NetworkDetails details, long leadId) {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.mayCreate(me)) {
      throw new NotPermittedException();
    }
    activePerson(leadId);
    if (networks.named(details.name()).isPresent()) {
      throw new BusinessException(NAME_TAKEN);
    }
    Network network = networks.add(new Network(details, me.personId(), today(), clock.instant()));
    flushName();
    networks.addMember(NetworkMember.lead(network.getId(), leadId, clock.instant()));
    networks.flush();
    changed.fire(new NetworkMembershipChanged(network.getId(), leadId));
    audit.record(
        "networks.create",
        SUBJECT,
        network.getId(),
        network.getName(),
        null,
        Map.of("kind", details.kind().name(), "joining", details.joining().name()));
    return network.getId();
  }

  @Override
  public void change(long id, NetworkDetails details) {
    UserProfile me = currentUser.requireSignedIn();
    Network network = managed(me, id);
    networks
        .named(details.name())
        .filter(other -> !other.getId().equals(network.getId()))
        .ifPresent(
            other -> {
              throw new BusinessException(NAME_TAKEN);
            });
    NetworkDetails before = network.details();
    network.change(details, today(), clock.instant());
    flushName();
    audit.record("networks.change", SUBJECT, id, network.getName(), before, details);
  }

  @Override
  public Standing join(long id) {
    UserProfile me = reader();
    LocalDate today = today();
    Network network = locked(id);
    NetworkMember mine = networks.member(id, me.personId()).orElse(null);
    JoinOutcome outcome = NetworkPolicy.join(me, network, mine, today);
    Standing standing;
    switch (outcome) {
      case JOINS, ACCEPTS -> {
        if (mine == null) {
          networks.addMember(
              NetworkMember.member(id, me.personId(), network.lapseFor(today), clock.instant()));
        } else {
          mine.admit(network.lapseFor(today), clock.instant());
        }
        standing = Standing.MEMBER;
      }
      case ASKS -> {
        if (mine == null) {
          networks.addMember(NetworkMember.request(id, me.personId(), clock.instant()));
        } else {
          mine.ask(clock.instant());
        }
        standing = Standing.REQUESTED;
      }
      default -> throw new BusinessException(CANNOT_JOIN);
    }
    networks.flush();
    changed.fire(new NetworkMembershipChanged(id, me.personId()));
    audit.record(
        standing == Standing.REQUESTED ? "networks.ask" : "networks.join",
        SUBJECT,
        id,
        network.getName(),
        null,
        null);
    return standing;
  }

  @Override
  public void leave(long id) {
    UserProfile me = reader();
    LocalDate today = today();
    Network network = locked(id);
    NetworkMember mine = networks.member(id, me.personId()).orElse(null);
    if (!NetworkPolicy.mayLeave(mine, currentLeads(id, today), today)) {
      throw new BusinessException(mine != null && mine.isLead(today) ? LAST_LEAD : CANNOT_LEAVE);
    }
    networks.removeMember(mine);
    networks.flush();
    changed.fire(new NetworkMembershipChanged(id, me.personId()));
    audit.record("networks.leave", SUBJECT, id, network.getName(), null, null);
  }

  @Override
  public void approve(long id, long personId) {
    UserProfile me = currentUser.requireSignedIn();
    Network network = managed(me, id);
    NetworkMember asked =
        networks
            .member(id, personId)
            .filter(m -> m.getState() == MemberState.REQUESTED)
            .orElseThrow(() -> new BusinessException(NO_REQUEST));
    asked.admit(network.lapseFor(today()), clock.instant());
    changedBy("networks.approve", network, personId);
  }

  @Override
  public void remove(long id, long personId) {
    UserProfile me = currentUser.requireSignedIn();
    LocalDate today = today();
    Network network = managed(me, id);
    NetworkMember row =
        networks.member(id, personId).orElseThrow(() -> new BusinessException(NOT_MEMBER));
    if (row.isLead(today) && currentLeads(id, today) <= 1) {
      throw new BusinessException(LAST_LEAD);
    }
    networks.removeMember(row);
    changedBy("networks.remove", network, personId);
  }

  @Override
  public void invite(long id, long personId) {
    UserProfile me = currentUser.requireSignedIn();
    LocalDate today = today();
    Network network = managed(me, id);
    if (network.hasEnded(today)) {
      throw new BusinessException(CANNOT_JOIN);
    }
    activePerson(personId);
    NetworkMember row = networks.member(id, personId).orElse(null);
    if (row == null) {
      networks.addMember(NetworkMember.invitation(id, personId, clock.instant()));
    } else if (row.getState() == MemberState.REQUESTED
        || row.getState() == MemberState.ACTIVE && !row.isCurrent(today)) {
      row.admit(network.lapseFor(today), clock.instant()); // they asked, or were a member: admit
    } else {
      throw new BusinessException(ALREADY_THERE);
    }
    changedBy("networks.invite", network, personId);
  }

  @Override
  public void appointLead(long id, long personId) {
    UserProfile me = currentUser.requireSignedIn();
    Network network = managed(me, id);
    current(id, personId).makeLead();
    changedBy("networks.appointLead", network, personId);
  }

  @Override
  public void standDown(long id, long personId) {
    UserProfile me = currentUser.requireSignedIn();
    LocalDate today = today();
    Network network = managed(me, id);
    NetworkMember lead = current(id, personId);
    if (!lead.isLead(today)) {
      throw new BusinessException(NOT_MEMBER);
    }
    if (currentLeads(id, today) <= 1) {
      throw new BusinessException(LAST_LEAD);
    }
    lead.standDown(network.lapseFor(today));
    changedBy("networks.standDown", network, personId);
  }

  @Override
  public void renew(long id, long personId) {
    UserProfile me = reader();
    LocalDate today = today();
    Network network = locked(id);
    NetworkMember mine = networks.member(id, me.personId()).orElse(null);
    boolean self = personId == me.personId();
    if (!NetworkPolicy.mayManage(me, mine, today)
        && !(self && mine != null && mine.isCurrent(today))) {
      throw new NotPermittedException();
    }
    NetworkMember row =
        networks
            .member(id, personId)
            .filter(m -> m.getState() == MemberState.ACTIVE)
            .orElseThrow(() -> new BusinessException(NOT_MEMBER));
    row.renew(network.lapseFor(today));
    changedBy("networks.renew", network, personId);
  }

  @Override
  public java.util.Set<Long> currentNetworksOf(long personId) {
    return networksOf(personId).current();
  }

  @Override
  public Map<Long, java.util.Set<Long>> currentNetworksOf(java.util.Collection<Long> personIds) {
    LocalDate today = today();
    return networks.rowsOf(personIds).stream()
        .filter(m -> m.isCurrent(today))
        .collect(
            Collectors.groupingBy(
                NetworkMember::getPersonId,
                Collectors.mapping(NetworkMember::getNetworkId, Collectors.toUnmodifiableSet())));
  }

  @Override
  public PersonNetworks networksOf(long personId) {
    LocalDate today = today();
    List<NetworkMember> rows = networks.rowsOf(personId);
    return new PersonNetworks(
        rows.stream()
            .filter(m -> m.isCurrent(today))
            .map(NetworkMember::getNetworkId)
            .collect(Collectors.toUnmodifiableSet()),
        rows.stream()
            .filter(m -> m.isLead(today))
            .map(NetworkMember::getNetworkId)
            .collect(Collectors.toUnmodifiableSet()));
  }

  @Override
  public boolean leads(long networkId, long personId) {
    return networks.member(networkId, personId).map(m -> m.isLead(today())).orElse(false);
  }

  private void changedBy(String action, Network network, long personId) {
    networks.flush();
    changed.fire(new NetworkMembershipChanged(network.getId(), personId));
    String who = people.find(personId).map(PersonSummary::displayName).orElse("#" + personId);
    audit.record(action, SUBJECT, network.getId(), network.getName(), null, Map.of("person", who));
  }

  /**
   * Writes a new or renamed network: the name check above cannot see a network of the same name
   * being made at the same moment, whose row the unique key then refuses.
   */
  private void flushName() {
    try {
      networks.flush();
    } catch (BusinessException e) {
      throw "error.duplicate".equals(e.messageKey()) ? new BusinessException(NAME_TAKEN) : e;
    }
  }

  private UserProfile reader() {
    UserProfile me = currentUser.requireSignedIn();
    if (!NetworkPolicy.maySee(me)) {
      throw new NotPermittedException();
    }
    return me;
  }

  private Network visible(long id) {
    return networks.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private Network locked(long id) {
    return networks.lock(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  /** The network, locked, if {@code me} may manage it. */
  private Network managed(UserProfile me, long id) {
    reader();
    Network network = locked(id);
    NetworkMember mine = networks.member(id, me.personId()).orElse(null);
    if (!NetworkPolicy.mayManage(me, mine, today())) {
      throw new NotPermittedException();
    }
    return network;
  }

  private NetworkMember current(long id, long personId) {
    return networks
        .member(id, personId)
        .filter(m -> m.isCurrent(today()))
        .orElseThrow(() -> new BusinessException(NOT_MEMBER));
  }

  private long currentLeads(long id, LocalDate today) {
    return networks.members(id).stream().filter(m -> m.isLead(today)).count();
  }

  private void activePerson(long personId) {
    if (!people.find(personId).map(PersonSummary::active).orElse(false)) {
      throw new BusinessException(NO_SUCH_PERSON);
    }
  }

  private Map<Long, NetworkMember> mineByNetwork(UserProfile me) {
    return networks.rowsOf(me.personId()).stream()
        .collect(Collectors.toMap(NetworkMember::getNetworkId, Function.identity()));
  }

  private NetworkRow row(Network n, Map<Long, Long> counts, NetworkMember mine, LocalDate today) {
    return new NetworkRow(
        n.getId(),
        n.getName(),
        n.getPurpose(),
        n.getKind(),
        n.getJoining(),
        n.isCohort(),
        n.getEndsOn(),
        counts.getOrDefault(n.getId(), 0L),
        standing(mine, today));
  }

  static Standing standing(NetworkMember mine, LocalDate today) {
    if (mine == null) {
      return Standing.NONE;
    }
    return switch (mine.getState()) {
      case REQUESTED -> Standing.REQUESTED;
      case INVITED -> Standing.INVITED;
      case ACTIVE ->
          !mine.isCurrent(today)
              ? Standing.LAPSED
              : mine.isLead(today) ? Standing.LEAD : Standing.MEMBER;
    };
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AcademicYear.ZONE));
  }
}
