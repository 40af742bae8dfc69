package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.trustintranet.membership.application.DemoTrustSeeded;
import org.trustintranet.networks.application.DemoNetworksSeeded;
import org.trustintranet.networks.domain.AcademicYear;
import org.trustintranet.networks.domain.CoachingGoal;
import org.trustintranet.networks.domain.CoachingMeeting;
import org.trustintranet.networks.domain.CoachingPair;
import org.trustintranet.networks.domain.CoachingRepository;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.MeetingDetails;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.NetworkMember;
import org.trustintranet.networks.domain.NetworkRepository;
import org.trustintranet.networks.domain.NetworkSession;
import org.trustintranet.networks.domain.PlaceState;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionPlace;
import org.trustintranet.networks.domain.SessionRepository;
import org.trustintranet.rooms.application.DemoRoomsSeeded;

/**
 * The demo trust's networks, in our own words: new headteachers (by invitation, a cohort that
 * renews each year, with an invitation waiting), primary mathematics subject leads (open: the demo
 * teacher is not in it yet, so a newcomer can join), the area's teaching hub (by request, with a
 * request waiting) and a network for Welsh-medium teachers. Seeded after the demo rooms, whose
 * booked training room holds the maths leads' next meeting; the new heads meet online next term,
 * with two places taken and one person waiting. A new head has an experienced head of another
 * school as her coach. Then tells the others ({@link DemoNetworksSeeded}): news posts to the new
 * heads' members.
 */
@ApplicationScoped
public class DemoNetworksSeeder {
  @Inject NetworkRepository networks;
  @Inject SessionRepository sessions;
  @Inject CoachingRepository coaching;
  @Inject Clock clock;
  @Inject Event<DemoNetworksSeeded> seeded;

  @Transactional
  void seed(@Observes DemoRoomsSeeded rooms) {
    DemoTrustSeeded trust = rooms.trust();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AcademicYear.ZONE));
    long officer = trust.person("education.officer");

    Network heads =
        network(
            new NetworkDetails(
                "First and second year headteachers",
                "Headteachers in their first two years in post meet each term to talk through what"
                    + " is on their desks: the first budget, the first inspection, building a"
                    + " leadership team. Each new head is paired with an experienced head from"
                    + " another school of the trust as their coach. Membership runs for the"
                    + " academic year and is renewed for the second year.",
                NetworkKind.PHASE_OR_ROLE,
                Joining.BY_INVITATION,
                true,
                null),
            officer,
            today,
            now);
    lead(heads, officer, now);
    members(heads, trust, List.of("amara.okafor", "ella.campbell", "chloe.patel"), today, now);
    networks.addMember(NetworkMember.invitation(heads.getId(), trust.person("dev.nowak"), now));
    LocalDate nextTerm = today.plusDays(45).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    NetworkSession termly =
        sessions.add(
            new NetworkSession(
                heads.getId(),
                new SessionDetails(
                    "Termly meeting: your first budget",
                    "A business manager walks through setting a school budget; then each head"
                        + " brings one question from their own school.",
                    nextTerm.atTime(16, 0).atZone(AcademicYear.ZONE).toInstant(),
                    nextTerm.atTime(17, 30).atZone(AcademicYear.ZONE).toInstant(),
                    2,
                    null,
                    "https://meet.example.org/new-heads"),
                null,
                null,
                officer,
                now));
    sessions.flush();
    // Two places: the third to sign up waits, and gets a place when someone gives theirs back.
    places(termly, trust, List.of("amara.okafor", "ella.campbell", "chloe.patel"), now);
    coaching(heads, trust, officer, today, now);

    Network maths =
        network(
            new NetworkDetails(
                "Primary mathematics subject leads",
                "Maths leads from every primary phase of the trust share how they teach fractions,"
                    + " place value and reasoning, moderate work together once a term and try out"
                    + " each other's resources from the library.",
                NetworkKind.SUBJECT,
                Joining.OPEN,
                false,
                null),
            officer,
            today,
            now);
    lead(maths, trust.person("faisal.rahman"), now);
    members(maths, trust, List.of("school.admin", "grace.evans", "harry.murphy"), today, now);
    DemoRoomsSeeded.DemoBooking room = rooms.bookings().get("maths-network");
    NetworkSession meeting =
        sessions.add(
            new NetworkSession(
                maths.getId(),
                new SessionDetails(
                    "Maths network meeting",
                    "1. Sharing mastery lessons from Year 5.\n2. Fractions on a number line: what"
                        + " worked, what did not.\n3. Moderation dates for the spring term.",
                    room.start(),
                    room.end(),
                    14,
                    room.roomId(),
                    null),
                room.bookingId(),
                room.place(),
                trust.person("faisal.rahman"),
                now));
    sessions.flush();
    places(meeting, trust, List.of("faisal.rahman", "school.admin", "grace.evans"), now);

    Network hub =
        network(
            new NetworkDetails(
                "Leeds teaching hub",
                "The hub schools of the Leeds area plan the professional-learning programme for"
                    + " every career stage, from early career teachers to middle leaders, and"
                    + " publish it each term.",
                NetworkKind.HUB,
                Joining.BY_REQUEST,
                false,
                null),
            officer,
            today,
            now);
    lead(hub, trust.person("catrin.morgan"), now);
    members(hub, trust, List.of("riverside.admin", "isla.singh"), today, now);
    networks.addMember(NetworkMember.request(hub.getId(), trust.person("ben.hughes"), now));

    Network welsh =
        network(
            new NetworkDetails(
                "Athrawon cyfrwng Cymraeg / Welsh-medium teachers",
                "Teachers who teach through the medium of Welsh share resources and plan the"
                    + " Welsh-language curriculum together.",
                NetworkKind.SUBJECT,
                Joining.OPEN,
                false,
                null),
            officer,
            today,
            now);
    lead(welsh, trust.person("athro"), now);
    members(welsh, trust, List.of("sian.bowen"), today, now);
    networks.flush();
    seeded.fire(
        new DemoNetworksSeeded(
            trust, Map.of("heads", new DemoNetworksSeeded.DemoNetwork(heads.getId(), officer))));
  }

  /**
   * Isla Singh, an experienced head at another school, coaches Amara Okafor this year: two meetings
   * logged (notes only the two of them read) and two goals, one under way.
   */
  private void coaching(
      Network heads, DemoTrustSeeded trust, long lead, LocalDate today, Instant now) {
    long coach = trust.person("isla.singh");
    long coachee = trust.person("amara.okafor");
    networks.addMember(NetworkMember.member(heads.getId(), coach, heads.lapseFor(today), now));
    CoachingPair pair =
        coaching.addPair(new CoachingPair(heads.getId(), coach, coachee, lead, today, now));
    coaching.flush();
    LocalDate yearStart = pair.getYearEnds().minusYears(1).plusDays(1);
    LocalDate first = today.minusDays(35).isBefore(yearStart) ? yearStart : today.minusDays(35);
    LocalDate second = today.minusDays(7).isBefore(first) ? first : today.minusDays(7);
    meeting(
        pair,
        new MeetingDetails(
            first,
            "Amara drafts a one-page plan for her first governors' meeting; Isla shares the"
                + " agenda she used in her first year.",
            "Amara feels stretched between the budget and staffing. We agreed to protect one"
                + " afternoon a week for strategic work."),
        coach,
        now);
    meeting(
        pair,
        new MeetingDetails(
            second,
            "Amara observes a phase leaders' meeting at Isla's school before the end of term.",
            "The governors' meeting went well. Next: delegating the timetable to the deputy."),
        coachee,
        now);
    CoachingGoal delegate =
        coaching.addGoal(
            new CoachingGoal(
                pair.getId(), "Delegate the timetable to the deputy headteacher", coachee, now));
    delegate.progress(
        GoalStatus.IN_PROGRESS, "First conversation held; a handover plan by half term.", now);
    coaching.addGoal(
        new CoachingGoal(
            pair.getId(), "Present a three-year budget plan to governors", coachee, now));
    coaching.flush();
  }

  private void meeting(CoachingPair pair, MeetingDetails details, long by, Instant now) {
    coaching.addMeeting(new CoachingMeeting(pair.getId(), details, by, now));
    pair.met(details.metOn());
  }

  /** Signs these people up in order: places while there are any, then the waiting list. */
  private void places(
      NetworkSession session, DemoTrustSeeded trust, List<String> people, Instant now) {
    int minute = 0;
    for (String person : people) {
      PlaceState state = session.hasFreePlace() ? PlaceState.BOOKED : PlaceState.WAITING;
      if (state == PlaceState.BOOKED) {
        session.takePlace();
      }
      sessions.addPlace(
          new SessionPlace(
              session.getId(), trust.person(person), state, now.plusSeconds(60L * minute++)));
    }
  }

  private Network network(NetworkDetails details, long by, LocalDate today, Instant now) {
    Network network = networks.add(new Network(details, by, today, now));
    networks.flush();
    return network;
  }

  private void lead(Network network, long personId, Instant now) {
    networks.addMember(NetworkMember.lead(network.getId(), personId, now));
  }

  private void members(
      Network network, DemoTrustSeeded trust, List<String> people, LocalDate today, Instant now) {
    for (String person : people) {
      networks.addMember(
          NetworkMember.member(
              network.getId(), trust.person(person), network.lapseFor(today), now));
    }
  }
}
