package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.networks.application.MemberLine;
import org.trustintranet.networks.application.NetworkMemberships;
import org.trustintranet.networks.application.NetworkPage;
import org.trustintranet.networks.application.NetworkRow;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.Standing;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.Network;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;

/**
 * The networks' service inside the deployed application, against the real database (issue 13): a
 * trust admin creates networks that take members openly, by request or by invitation, and cohorts
 * whose memberships lapse on the 31 August of the academic year; people of any school join, ask,
 * are approved, are invited and accept; a network by invitation cannot be joined without one; the
 * last lead cannot leave, be removed or stand down; only leads and trust admins manage; duplicate
 * names, bad details and past end dates are refused with nothing saved; a leaver's rows go once
 * membership's change commits; and people joining or leads leaving at the same moment neither fail
 * for each other nor leave a network without a lead.
 */
@ExtendWith(ArquillianExtension.class)
class NetworksIT {
  static final String OAKFIELD = "Oakfield Primary School";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NetworksIT.class,
        NetworkRows.class,
        NetworkActor.class,
        Acting.class,
        TestCallerIdentity.class,
        TestData.class);
  }

  @Inject NetworkService networks;
  @Inject NetworkMemberships memberships;
  @Inject NetworkRows rows;
  @Inject NetworkActor actor;
  @Inject Acting acting;
  @Inject PersonRepository people;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject StaffDirectoryService directory;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + TestData.DOMAIN)).orElseThrow().getId();
  }

  private static String unique(String name) {
    return name + " " + Long.toString(System.nanoTime(), 36);
  }

  private static NetworkDetails details(String name, Joining joining, boolean cohort) {
    return new NetworkDetails(
        name, "Meet, share and learn from each other", NetworkKind.SUBJECT, joining, cohort, null);
  }

  /** A new network by the demo trust admin, led by {@code lead}. */
  private long network(Joining joining, boolean cohort, long lead) {
    acting.as("trust.admin");
    return networks.create(details(unique("Network"), joining, cohort), lead);
  }

  /** A new teacher at Oakfield, made by the demo trust admin. */
  private long newTeacher(String prefix) {
    long oakfield = acting.school(OAKFIELD);
    return schoolStaff.addPerson(
        new PersonForm(TestData.uniqueEmail(prefix), "Net", prefix, "Teacher"),
        oakfield,
        SchoolRole.TEACHER);
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  private static List<Long> ids(List<MemberLine> lines) {
    return lines.stream().map(MemberLine::personId).toList();
  }

  private NetworkRow rowIn(List<NetworkRow> list, long id) {
    return list.stream().filter(r -> r.id() == id).findFirst().orElse(null);
  }

  @Test
  void aTrustAdminCreatesNetworksOfEveryWayOfJoiningAndCohorts() {
    long lead = personId("school.admin");
    long before = rows.networks();
    long open = network(Joining.OPEN, false, lead);
    long byRequest = network(Joining.BY_REQUEST, false, lead);
    long byInvitation = network(Joining.BY_INVITATION, false, lead);
    long cohort = network(Joining.BY_REQUEST, true, lead);
    assertEquals(before + 4, rows.networks());

    acting.as("teacher");
    List<NetworkRow> all = networks.directory(null);
    assertEquals(Joining.OPEN, rowIn(all, open).joining());
    assertEquals(Joining.BY_REQUEST, rowIn(all, byRequest).joining());
    assertEquals(Joining.BY_INVITATION, rowIn(all, byInvitation).joining());
    assertTrue(rowIn(all, cohort).cohort());
    assertEquals(1, rowIn(all, open).members(), "its lead");
    assertEquals(Standing.NONE, rowIn(all, open).standing());
    assertTrue(networks.directory(NetworkKind.HUB).stream().noneMatch(r -> r.id() == open));
    NetworkPage page = networks.page(open);
    assertEquals(List.of(lead), ids(page.leads()));
    assertEquals("Helen Barker", page.leads().get(0).name());
    assertFalse(page.mayManage());
    assertTrue(page.mayJoin());

    acting.as("school.admin");
    assertEquals(Standing.LEAD, rowIn(networks.mine(), open).standing());
    assertTrue(networks.page(open).mayManage());
    assertTrue(memberships.leads(open, lead));
    assertThrows(
        NotPermittedException.class,
        () -> networks.create(details(unique("Not mine"), Joining.OPEN, false), lead));
    assertEquals(before + 4, rows.networks());
  }

  @Test
  void aTeacherJoinsAnOpenNetworkAndIsListedWithNameAndSchool() {
    long open = network(Joining.OPEN, false, personId("school.admin"));
    long teacher = personId("teacher");
    acting.as("teacher");
    assertEquals(Standing.MEMBER, networks.join(open));
    NetworkPage page = networks.page(open);
    MemberLine me =
        page.members().stream().filter(m -> m.personId() == teacher).findFirst().orElseThrow();
    assertEquals("Tom Fletcher", me.name());
    assertTrue(me.schools().contains(OAKFIELD), me.schools().toString());
    assertEquals(null, me.lapsesOn(), "not a cohort");
    assertEquals(2, page.network().members());
    assertTrue(page.mayLeave());
    assertFalse(page.mayJoin());
    assertEquals(Standing.MEMBER, rowIn(networks.mine(), open).standing());
    assertTrue(memberships.currentNetworksOf(teacher).contains(open));
    assertEquals("error.networks.cannotJoin", refusal(() -> networks.join(open)));

    networks.leave(open);
    assertFalse(memberships.currentNetworksOf(teacher).contains(open));
    assertEquals(null, rowIn(networks.mine(), open));
    assertEquals(1, rows.rowsOf(open));
    assertEquals("error.networks.cannotLeave", refusal(() -> networks.leave(open)));
  }

  @Test
  void askingToJoinANetworkByRequestWaitsForALeadToApprove() {
    long lead = personId("school.admin");
    long byRequest = network(Joining.BY_REQUEST, false, lead);
    long teacher = personId("teacher");
    acting.as("teacher");
    assertEquals(Standing.REQUESTED, networks.join(byRequest));
    assertEquals(Standing.REQUESTED, rowIn(networks.mine(), byRequest).standing());
    assertFalse(ids(networks.page(byRequest).members()).contains(teacher));
    assertTrue(networks.page(byRequest).requests().isEmpty(), "only leads see the requests");
    assertFalse(memberships.currentNetworksOf(teacher).contains(byRequest));
    assertEquals("error.networks.cannotJoin", refusal(() -> networks.join(byRequest)));

    acting.as("staff"); // not a lead
    assertThrows(NotPermittedException.class, () -> networks.approve(byRequest, teacher));

    acting.as("school.admin");
    assertEquals(List.of(teacher), ids(networks.page(byRequest).requests()));
    networks.approve(byRequest, teacher);
    assertTrue(ids(networks.page(byRequest).members()).contains(teacher));
    assertTrue(networks.page(byRequest).requests().isEmpty());
    assertEquals("error.networks.noRequest", refusal(() -> networks.approve(byRequest, teacher)));
    assertTrue(memberships.currentNetworksOf(teacher).contains(byRequest));
  }

  @Test
  void aNetworkByInvitationIsJoinedOnlyByAcceptingAnInvitation() {
    long lead = personId("school.admin");
    long closed = network(Joining.BY_INVITATION, false, lead);
    long athro = personId("athro");
    acting.as("athro");
    assertFalse(networks.page(closed).mayJoin());
    assertEquals("error.networks.cannotJoin", refusal(() -> networks.join(closed)));
    assertEquals(1, rows.rowsOf(closed), "no row for the refused join");

    acting.as("school.admin");
    networks.invite(closed, athro);
    assertEquals(List.of(athro), ids(networks.page(closed).invitations()));
    assertEquals("error.networks.alreadyThere", refusal(() -> networks.invite(closed, athro)));

    acting.as("athro");
    assertEquals(Standing.INVITED, rowIn(networks.mine(), closed).standing());
    assertTrue(networks.page(closed).mayJoin());
    assertEquals(Standing.MEMBER, networks.join(closed));
    assertTrue(ids(networks.page(closed).members()).contains(athro));
    assertTrue(memberships.currentNetworksOf(athro).contains(closed));
  }

  @Test
  void theLastLeadCannotLeaveBeRemovedOrStandDown() {
    long lead = personId("school.admin");
    long network = network(Joining.OPEN, false, lead);
    acting.as("school.admin");
    assertFalse(networks.page(network).mayLeave());
    assertEquals("error.networks.lastLead", refusal(() -> networks.leave(network)));
    assertEquals("error.networks.lastLead", refusal(() -> networks.remove(network, lead)));
    assertEquals("error.networks.lastLead", refusal(() -> networks.standDown(network, lead)));
    acting.as("trust.admin");
    assertEquals("error.networks.lastLead", refusal(() -> networks.remove(network, lead)));
    assertEquals("error.networks.lastLead", refusal(() -> networks.standDown(network, lead)));
    assertEquals(1, rows.leadsOf(network));

    long teacher = personId("teacher");
    acting.as("teacher");
    networks.join(network);
    acting.as("school.admin");
    networks.appointLead(network, teacher);
    networks.standDown(network, lead); // two leads: one may stand down
    assertEquals(List.of(teacher), ids(networks.page(network).leads()));
    assertEquals(Standing.MEMBER, rowIn(networks.mine(), network).standing());
    assertFalse(memberships.leads(network, lead));
    acting.as("teacher");
    assertEquals("error.networks.lastLead", refusal(() -> networks.leave(network)));
    assertEquals(1, rows.leadsOf(network));
  }

  @Test
  void someoneWhoIsNotALeadManagesNothing() {
    long lead = personId("school.admin");
    long network = network(Joining.BY_REQUEST, true, lead);
    long teacher = personId("teacher");
    long staff = personId("staff");
    long athro = personId("athro");
    acting.as("athro");
    networks.join(network);
    acting.as("teacher");
    networks.join(network);
    acting.as("school.admin");
    networks.approve(network, teacher);
    NetworkPage before = networks.page(network);
    long rowsBefore = rows.rowsOf(network);

    acting.as("teacher"); // a member, not a lead
    assertThrows(NotPermittedException.class, () -> networks.approve(network, athro));
    assertThrows(NotPermittedException.class, () -> networks.remove(network, athro));
    assertThrows(NotPermittedException.class, () -> networks.remove(network, lead));
    assertThrows(NotPermittedException.class, () -> networks.invite(network, staff));
    assertThrows(NotPermittedException.class, () -> networks.appointLead(network, teacher));
    assertThrows(NotPermittedException.class, () -> networks.standDown(network, lead));
    assertThrows(NotPermittedException.class, () -> networks.renew(network, athro));
    assertThrows(
        NotPermittedException.class,
        () -> networks.change(network, details(unique("Taken over"), Joining.OPEN, false)));
    networks.renew(network, teacher); // a member renews their own membership

    acting.as("school.admin");
    assertEquals(before, networks.page(network));
    assertEquals(rowsBefore, rows.rowsOf(network));
  }

  @Test
  void aLeadWhoseLastSchoolEndedNoLongerManagesOrRenews() {
    long outsider = newTeacher("outsider");
    long oakfield = acting.school(OAKFIELD);
    long network = network(Joining.OPEN, true, outsider);
    long teacher = personId("teacher");
    acting.as("teacher");
    networks.join(network);
    acting.as("trust.admin");
    schoolStaff.endMembership(outsider, oakfield); // still a person, of no school any more
    long rowsBefore = rows.rowsOf(network);

    acting.as(outsider);
    assertThrows(NotPermittedException.class, () -> networks.page(network));
    assertThrows(NotPermittedException.class, () -> networks.approve(network, teacher));
    assertThrows(NotPermittedException.class, () -> networks.renew(network, teacher));
    assertThrows(NotPermittedException.class, () -> networks.renew(network, outsider));
    assertEquals(rowsBefore, rows.rowsOf(network));
  }

  @Test
  void anotherSchoolsTeacherSeesAndJoinsTheNetwork() {
    long network = network(Joining.OPEN, false, personId("school.admin")); // an Oakfield lead
    long athro = personId("athro"); // a teacher at Bryn Derw only
    acting.as("athro");
    assertTrue(networks.directory(null).stream().anyMatch(r -> r.id() == network));
    assertEquals(1, networks.page(network).leads().size());
    assertEquals(Standing.MEMBER, networks.join(network));
    acting.as("school.admin");
    MemberLine line =
        networks.page(network).members().stream()
            .filter(m -> m.personId() == athro)
            .findFirst()
            .orElseThrow();
    assertFalse(line.schools().contains(OAKFIELD), line.schools().toString());
    assertFalse(line.schools().isEmpty());
  }

  @Test
  void aDuplicateNameIsRefusedWithNothingSaved() {
    long lead = personId("school.admin");
    String name = unique("Maths leads");
    acting.as("trust.admin");
    long first = networks.create(details(name, Joining.OPEN, false), lead);
    long other = networks.create(details(unique("Science leads"), Joining.OPEN, false), lead);
    long count = rows.networks();
    assertEquals(
        "error.networks.nameTaken",
        refusal(() -> networks.create(details(name, Joining.BY_REQUEST, false), lead)));
    assertEquals(
        "error.networks.nameTaken",
        refusal(() -> networks.create(details(name.toUpperCase(), Joining.OPEN, false), lead)));
    assertEquals(
        "error.networks.nameTaken",
        refusal(() -> networks.create(details("  " + name + " ", Joining.OPEN, false), lead)));
    assertEquals(count, rows.networks());
    NetworkPage before = networks.page(other);
    assertEquals(
        "error.networks.nameTaken",
        refusal(() -> networks.change(other, details(name, Joining.OPEN, false))));
    assertEquals(before, networks.page(other));
    networks.change(first, details(name, Joining.BY_REQUEST, false)); // its own name: fine
    assertEquals(Joining.BY_REQUEST, networks.page(first).network().joining());
  }

  @Test
  void theSameNameGivenAtOnceMakesOneNetworkAndTellsTheOthersItIsTaken() throws Exception {
    long admin = personId("trust.admin");
    long lead = personId("school.admin");
    String name = unique("Same moment");
    long count = rows.networks();
    List<Callable<Long>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> actor.createAs(admin, details(name, Joining.OPEN, false), lead));
    }
    List<Object> outcomes = atOnce(calls);
    assertEquals(1, outcomes.stream().filter(o -> o instanceof Long).count(), outcomes::toString);
    for (Object outcome : outcomes) {
      if (!(outcome instanceof Long)) {
        assertTrue(
            outcome instanceof BusinessException b
                && b.messageKey().equals("error.networks.nameTaken"),
            "told the name is taken: " + outcome);
      }
    }
    assertEquals(count + 1, rows.networks());
  }

  @Test
  void emptyOrOverlongDetailsAndPastEndDatesAreRefusedWithNothingSaved() {
    long lead = personId("school.admin");
    acting.as("trust.admin");
    long count = rows.networks();
    String purpose = "Purpose";
    assertEquals(
        "error.networks.nameRequired",
        refusal(() -> networks.create(details("   ", Joining.OPEN, false), lead)));
    assertEquals(
        "error.networks.nameRequired",
        refusal(() -> networks.create(details(null, Joining.OPEN, false), lead)));
    assertEquals(
        "error.networks.nameTooLong",
        refusal(
            () ->
                networks.create(
                    details("n".repeat(Network.NAME_LENGTH + 1), Joining.OPEN, false), lead)));
    assertEquals(
        "error.networks.purposeRequired",
        refusal(
            () ->
                networks.create(
                    new NetworkDetails(
                        unique("No purpose"), " ", NetworkKind.HUB, Joining.OPEN, false, null),
                    lead)));
    assertEquals(
        "error.networks.purposeTooLong",
        refusal(
            () ->
                networks.create(
                    new NetworkDetails(
                        unique("Long purpose"),
                        "p".repeat(Network.PURPOSE_LENGTH + 1),
                        NetworkKind.HUB,
                        Joining.OPEN,
                        false,
                        null),
                    lead)));
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
    assertEquals(
        "error.networks.endsInPast",
        refusal(
            () ->
                networks.create(
                    new NetworkDetails(
                        unique("Ended"), purpose, NetworkKind.HUB, Joining.OPEN, false, yesterday),
                    lead)));
    assertEquals(count, rows.networks(), "nothing saved");

    // the longest name and purpose, in Welsh, fit
    String longest =
        (Long.toString(System.nanoTime(), 36) + "ŵ".repeat(Network.NAME_LENGTH))
            .substring(0, Network.NAME_LENGTH);
    long welsh =
        networks.create(
            new NetworkDetails(
                longest,
                "ŷ".repeat(Network.PURPOSE_LENGTH),
                NetworkKind.HUB,
                Joining.OPEN,
                true,
                yesterday.plusDays(30)),
            lead);
    assertEquals(Network.NAME_LENGTH, networks.page(welsh).network().name().length());
    assertEquals(Network.PURPOSE_LENGTH, networks.page(welsh).network().purpose().length());

    NetworkPage before = networks.page(welsh);
    assertEquals(
        "error.networks.endsInPast",
        refusal(
            () ->
                networks.change(
                    welsh,
                    new NetworkDetails(
                        unique("Ended"),
                        purpose,
                        NetworkKind.HUB,
                        Joining.OPEN,
                        true,
                        yesterday))));
    assertEquals(before, networks.page(welsh), "nothing changed");
  }

  @Test
  void aCohortMembershipLapsesOnThe31AugustOfTheAcademicYear() {
    long cohort = network(Joining.OPEN, true, personId("school.admin"));
    long teacher = personId("teacher");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    LocalDate august31 =
        LocalDate.of(
            today.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? today.getYear() + 1
                : today.getYear(),
            Month.AUGUST,
            31);
    acting.as("teacher");
    networks.join(cohort);
    NetworkPage page = networks.page(cohort);
    MemberLine me =
        page.members().stream().filter(m -> m.personId() == teacher).findFirst().orElseThrow();
    assertEquals(august31, me.lapsesOn());
    assertEquals(null, page.leads().get(0).lapsesOn(), "leads do not lapse");
    networks.renew(cohort, teacher);
    assertEquals(
        august31,
        networks.page(cohort).members().stream()
            .filter(m -> m.personId() == teacher)
            .findFirst()
            .orElseThrow()
            .lapsesOn());
  }

  @Test
  void aLeaverLosesEveryNetworkRowOnceTheirLeavingCommits() {
    long leaver = newTeacher("leaver");
    long lead = personId("school.admin");
    long open = network(Joining.OPEN, false, lead);
    long byRequest = network(Joining.BY_REQUEST, false, lead);
    long byInvitation = network(Joining.BY_INVITATION, false, lead);
    long led = network(Joining.OPEN, false, lead);
    acting.as("school.admin");
    networks.invite(byInvitation, leaver);
    acting.as(leaver);
    networks.join(open);
    networks.join(byRequest);
    networks.join(led);
    acting.as("school.admin");
    networks.appointLead(led, leaver);
    assertEquals(4, rows.rowsOfPerson(leaver));
    assertEquals(Set.of(open, led), memberships.currentNetworksOf(leaver));

    acting.as("trust.admin");
    administration.markLeft(leaver, directory.person(leaver).version());
    assertEquals(0, rows.rowsOfPerson(leaver), "every row went after the commit");
    assertEquals(Set.of(), memberships.currentNetworksOf(leaver));
    assertEquals(List.of(lead), ids(networks.page(led).leads()));
    assertEquals(1, rows.rowsOf(open));
  }

  @Test
  void aNetworkThatDoesNotExistIsNotFound() {
    long none = Long.MAX_VALUE;
    acting.as("teacher");
    assertThrows(NotFoundException.class, () -> networks.page(none));
    assertThrows(NotFoundException.class, () -> networks.join(none));
    assertThrows(NotFoundException.class, () -> networks.leave(none));
    assertThrows(NotFoundException.class, () -> networks.renew(none, personId("teacher")));
    acting.as("trust.admin");
    assertThrows(
        NotFoundException.class,
        () -> networks.change(none, details(unique("Nowhere"), Joining.OPEN, false)));
    assertThrows(NotFoundException.class, () -> networks.approve(none, personId("teacher")));
    assertThrows(NotFoundException.class, () -> networks.invite(none, personId("teacher")));
    assertThrows(NotFoundException.class, () -> networks.remove(none, personId("teacher")));
    assertThrows(NotFoundException.class, () -> networks.appointLead(none, personId("teacher")));
    assertThrows(NotFoundException.class, () -> networks.standDown(none, personId("teacher")));
  }

  /** Runs every call at the same moment, each on a thread of its own; their outcomes in order. */
  private static <T> List<Object> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          outcomes.add(future.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twentyPeopleJoiningAtOnceAllGetIn() throws Exception {
    long open = network(Joining.OPEN, false, personId("school.admin"));
    List<Long> joiners = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      joiners.add(newTeacher("joiner" + i));
    }
    List<Callable<Standing>> calls = new ArrayList<>();
    for (long person : joiners) {
      calls.add(() -> actor.joinAs(person, open));
    }
    List<Object> outcomes = atOnce(calls);
    assertEquals(
        List.of(Standing.MEMBER), outcomes.stream().distinct().toList(), outcomes::toString);
    assertEquals(21, rows.rowsOf(open), "20 members and the lead");
    acting.as("school.admin");
    assertTrue(ids(networks.page(open).members()).containsAll(joiners));
    assertEquals(21, networks.page(open).network().members());
  }

  @Test
  void twoLeadsLeavingAtOnceNeverLeaveTheNetworkWithoutALead() throws Exception {
    long first = newTeacher("firstlead");
    long second = newTeacher("secondlead");
    long network = network(Joining.OPEN, false, first);
    acting.as(second);
    networks.join(network);
    acting.as("trust.admin");
    networks.appointLead(network, second);
    assertEquals(2, rows.leadsOf(network));

    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long lead = i % 2 == 0 ? first : second;
      calls.add(
          () -> {
            actor.leaveAs(lead, network);
            return "left";
          });
    }
    List<Object> outcomes = atOnce(calls);
    assertEquals(1, outcomes.stream().filter("left"::equals).count(), outcomes::toString);
    for (Object outcome : outcomes) {
      if (!"left".equals(outcome)) {
        assertTrue(
            outcome instanceof BusinessException b
                && Set.of("error.networks.lastLead", "error.networks.cannotLeave")
                    .contains(b.messageKey()),
            "refused as the last lead or no longer a member: " + outcome);
      }
    }
    assertEquals(1, rows.leadsOf(network), "one lead remains");
    assertEquals(1, rows.rowsOf(network));
  }
}
