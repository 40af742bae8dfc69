package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

class NewsPolicyTest {
  static final long A = 11;
  static final long B = 22;
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  static UserProfile person(long id, Map<Long, SchoolRole> schools, TrustRole... roles) {
    return new UserProfile(id, "Person " + id, Set.of(roles), schools);
  }

  static final UserProfile TRUST_ADMIN = person(1, Map.of(), TrustRole.TRUST_ADMIN);
  static final UserProfile EDITOR = person(2, Map.of(A, SchoolRole.STAFF), TrustRole.NEWS_EDITOR);
  static final UserProfile ADMIN_A = person(3, Map.of(A, SchoolRole.SCHOOL_ADMIN));
  static final UserProfile ADMIN_B = person(4, Map.of(B, SchoolRole.SCHOOL_ADMIN));
  static final UserProfile TEACHER_A = person(5, Map.of(A, SchoolRole.TEACHER));
  static final UserProfile STAFF_B = person(6, Map.of(B, SchoolRole.STAFF));
  static final UserProfile OFFICER =
      person(7, Map.of(B, SchoolRole.TEACHER), TrustRole.EDUCATION_OFFICER);
  static final UserProfile ADMIN_A_STAFF_B =
      person(8, Map.of(A, SchoolRole.SCHOOL_ADMIN, B, SchoolRole.STAFF));

  static final PostContent CONTENT = new PostContent("T", null, "<p>b</p>", false, false);
  static final PostContent MUST_READ = new PostContent("T", null, "<p>b</p>", false, true);

  static Post post(UserProfile author, Audience audience, boolean publish) {
    Post post =
        new Post(
            author.personId(), new PostContent("T", null, "<p>b</p>", false, true), audience, NOW);
    if (publish) {
      post.publish(author.personId(), NOW);
    }
    return post;
  }

  @Test
  void trustAdminsAndEditorsPublishAnywhere() {
    for (UserProfile p : new UserProfile[] {TRUST_ADMIN, EDITOR}) {
      assertTrue(NewsPolicy.mayPublishTo(Reader.withoutNetworks(p), Audience.WHOLE_TRUST));
      assertTrue(
          NewsPolicy.mayPublishTo(Reader.withoutNetworks(p), Audience.schools(Set.of(A, B))));
    }
  }

  @Test
  void schoolAdminsPublishOnlyWithinTheirOwnSchools() {
    assertTrue(
        NewsPolicy.mayPublishTo(Reader.withoutNetworks(ADMIN_A), Audience.schools(Set.of(A))));
    assertFalse(
        NewsPolicy.mayPublishTo(Reader.withoutNetworks(ADMIN_A), Audience.schools(Set.of(B))),
        "another school");
    assertFalse(
        NewsPolicy.mayPublishTo(Reader.withoutNetworks(ADMIN_A), Audience.schools(Set.of(A, B))),
        "their own school smuggling in another");
    assertFalse(
        NewsPolicy.mayPublishTo(Reader.withoutNetworks(ADMIN_A), Audience.WHOLE_TRUST),
        "not the whole trust");
    assertFalse(
        NewsPolicy.mayPublishTo(
            Reader.withoutNetworks(ADMIN_A),
            new Audience(true, Set.of(), Set.of(SchoolRole.SCHOOL_ADMIN))),
        "not the whole trust narrowed to roles either");
    assertFalse(
        NewsPolicy.mayPublishTo(
            Reader.withoutNetworks(ADMIN_A_STAFF_B), Audience.schools(Set.of(B))),
        "staff at B is no admin there");
  }

  @Test
  void staffTeachersAndOtherTrustRolesDoNotPublish() {
    for (UserProfile p : new UserProfile[] {TEACHER_A, STAFF_B, OFFICER, UserProfile.ANONYMOUS}) {
      assertFalse(NewsPolicy.mayPublish(Reader.withoutNetworks(p)));
      assertFalse(NewsPolicy.mayPublishTo(Reader.withoutNetworks(p), Audience.schools(Set.of(A))));
      assertFalse(NewsPolicy.mayPublishTo(Reader.withoutNetworks(p), Audience.WHOLE_TRUST));
    }
    assertTrue(NewsPolicy.mayPublish(Reader.withoutNetworks(ADMIN_A)));
  }

  @Test
  void readersSeePublishedPostsAimedAtThemEditorsSeeDrafts() {
    Post forA = post(ADMIN_A, Audience.schools(Set.of(A)), true);
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), forA, NOW));
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(STAFF_B), forA, NOW),
        "B's staff never see A's post");
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_B), forA, NOW), "nor B's admin");
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(OFFICER), forA, NOW));
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(UserProfile.ANONYMOUS), forA, NOW));
    assertTrue(
        NewsPolicy.mayRead(Reader.withoutNetworks(TRUST_ADMIN), forA, NOW),
        "who may edit it may read it");

    Post draft = post(ADMIN_A, Audience.schools(Set.of(A)), false);
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), draft, NOW),
        "a draft is not for readers yet");
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_A), draft, NOW));
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(EDITOR), draft, NOW));
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_B), draft, NOW));
  }

  @Test
  void onlyItsAudienceAcknowledgesAndOnlyEditorsSeeWhoDid() {
    Post forA = post(ADMIN_A, Audience.schools(Set.of(A)), true);
    assertTrue(NewsPolicy.mayAcknowledge(Reader.withoutNetworks(TEACHER_A), forA, NOW));
    assertFalse(NewsPolicy.mayAcknowledge(Reader.withoutNetworks(STAFF_B), forA, NOW));
    assertFalse(
        NewsPolicy.mayAcknowledge(Reader.withoutNetworks(TRUST_ADMIN), forA, NOW),
        "not aimed at the trust admin");
    assertTrue(NewsPolicy.maySeeAcknowledgements(Reader.withoutNetworks(ADMIN_A), forA));
    assertTrue(NewsPolicy.maySeeAcknowledgements(Reader.withoutNetworks(TRUST_ADMIN), forA));
    assertFalse(NewsPolicy.maySeeAcknowledgements(Reader.withoutNetworks(TEACHER_A), forA));
    assertFalse(NewsPolicy.maySeeAcknowledgements(Reader.withoutNetworks(ADMIN_B), forA));

    forA.archive(ADMIN_A.personId(), NOW);
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), forA, NOW),
        "archived: no reader sees it");
    assertFalse(NewsPolicy.mayAcknowledge(Reader.withoutNetworks(TEACHER_A), forA, NOW));
  }

  @Test
  void aSchoolAdminCannotEditAPostThatReachesBeyondTheirSchools() {
    Post trustWide = post(TRUST_ADMIN, Audience.WHOLE_TRUST, true);
    assertFalse(NewsPolicy.mayEdit(Reader.withoutNetworks(ADMIN_A), trustWide));
    Post forAandB = post(TRUST_ADMIN, Audience.schools(Set.of(A, B)), true);
    assertFalse(NewsPolicy.mayEdit(Reader.withoutNetworks(ADMIN_A), forAandB));
    assertTrue(NewsPolicy.mayEdit(Reader.withoutNetworks(EDITOR), forAandB));
  }

  @Test
  void aReaderNeverSeesAScheduledOrExpiredPostItsEditorsDo() {
    Post scheduled = new Post(ADMIN_A.personId(), CONTENT, Audience.schools(Set.of(A)), NOW);
    scheduled.schedule(NOW.plusSeconds(3600), ADMIN_A.personId(), NOW);
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), scheduled, NOW), "not yet due");
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), scheduled, NOW.plusSeconds(7200)),
        "job not run");
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_A), scheduled, NOW), "its author");
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(EDITOR), scheduled, NOW));
    scheduled.publishIfDue(NOW.plusSeconds(3600));
    assertTrue(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), scheduled, NOW.plusSeconds(3600)));

    Post ending = new Post(ADMIN_A.personId(), MUST_READ, Audience.schools(Set.of(A)), NOW);
    ending.endAt(NOW.plusSeconds(60), ADMIN_A.personId(), NOW);
    ending.publish(ADMIN_A.personId(), NOW);
    Instant later = NOW.plusSeconds(61);
    assertTrue(NewsPolicy.mayAcknowledge(Reader.withoutNetworks(TEACHER_A), ending, NOW));
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), ending, later),
        "ended, before the job ran");
    assertFalse(NewsPolicy.mayAcknowledge(Reader.withoutNetworks(TEACHER_A), ending, later));
    ending.expireIfDue(later);
    assertFalse(
        NewsPolicy.mayRead(Reader.withoutNetworks(TEACHER_A), ending, later),
        "ended, after the job ran");
    assertTrue(
        NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_A), ending, later), "still its author's");
    assertTrue(NewsPolicy.mayRead(Reader.withoutNetworks(TRUST_ADMIN), ending, later));
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(ADMIN_B), ending, later));
  }

  @Test
  void aNetworksLeadsPublishToItsMembersAndSchoolAdminsWhoAreNotLeadsMayNot() {
    Audience network = Audience.network(42);
    Reader lead = new Reader(TEACHER_A, Set.of(42L), Set.of(42L));
    Reader leadElsewhere = new Reader(TEACHER_A, Set.of(42L, 43L), Set.of(43L));
    Reader schoolAdmin = new Reader(ADMIN_A, Set.of(42L), Set.of());
    assertTrue(NewsPolicy.mayPublishTo(lead, network));
    assertTrue(NewsPolicy.mayPublish(lead), "a lead publishes somewhere");
    assertFalse(NewsPolicy.mayPublishTo(leadElsewhere, network), "the lead of another network");
    assertFalse(NewsPolicy.mayPublishTo(schoolAdmin, network), "a school admin, not its lead");
    assertFalse(NewsPolicy.mayPublishTo(lead, Audience.schools(Set.of(A))), "a lead, not admin");
    assertTrue(NewsPolicy.mayPublishTo(Reader.withoutNetworks(TRUST_ADMIN), network));
    assertTrue(NewsPolicy.mayPublishTo(Reader.withoutNetworks(EDITOR), network));
    assertEquals(Set.of(42L), NewsPolicy.networksToPublishTo(lead));
  }

  @Test
  void aNetworkPostIsReadByItsMembersOnly() {
    Reader lead = new Reader(TEACHER_A, Set.of(42L), Set.of(42L));
    Post post = post(TEACHER_A, Audience.network(42), true);
    Reader member = new Reader(STAFF_B, Set.of(42L), Set.of());
    assertTrue(NewsPolicy.mayRead(member, post, NOW));
    assertTrue(NewsPolicy.isReader(member, post, NOW));
    assertFalse(NewsPolicy.mayRead(Reader.withoutNetworks(STAFF_B), post, NOW), "not a member");
    assertFalse(
        NewsPolicy.mayRead(new Reader(ADMIN_A, Set.of(), Set.of()), post, NOW),
        "a school admin of the lead's school");
    assertTrue(NewsPolicy.mayEdit(lead, post));
    assertFalse(NewsPolicy.mayEdit(member, post));
  }
}
