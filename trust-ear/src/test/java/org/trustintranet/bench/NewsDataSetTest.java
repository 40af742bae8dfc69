package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.PostState;

/** The benchmark trust's news, planned in memory: its counts, valid audiences and readers. */
class NewsDataSetTest {
  private static final double SCALE = 0.1;
  private static final TrustDataSet TRUST = TrustDataSet.plan(SCALE, 42);
  private static final NewsDataSet NEWS = NewsDataSet.plan(TRUST, SCALE, 42);
  private static final NewsDataSet.Reads READS = NEWS.planReads();

  @Test
  void plansThePostsAndReadMarksOfTheScale() {
    assertEquals(2_000, NEWS.posts.size());
    assertEquals(100_000, READS.size());
    assertEquals(20_000, NewsDataSet.plan(TRUST, 1.0, 42).posts.size(), "20,000 at scale 1");
  }

  /** The "news search" scenario: each member of two schools gets two words that find a post. */
  @Test
  void everyMemberOfTwoSchoolsHasATwoWordSearchThatFindsAPostAimedAtThem() {
    var members = Benchmark.twoSchoolMembers(TRUST);
    assertFalse(members.isEmpty());
    Set<String> used = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      String search = NEWS.searchFor(Benchmark.schoolRoles(TRUST, members.get(i).id()), i);
      assertEquals(2, search.split(" ").length, search);
      assertTrue(NewsDataSet.SEARCHES.contains(search));
      used.add(search);
    }
    assertTrue(used.size() > NewsDataSet.SEARCHES.size() / 2, "different words for each: " + used);
    for (String search : NewsDataSet.SEARCHES) {
      for (String word : search.split(" ")) {
        assertTrue(word.length() >= 3, "MariaDB's full-text index skips shorter words: " + word);
      }
    }
  }

  @Test
  void audiencesAreMixedAndNameSchoolsThatExist() {
    Set<Long> schools =
        TRUST.schools.stream().map(TrustDataSet.SchoolRow::id).collect(Collectors.toSet());
    Set<Long> people =
        TRUST.people.stream().map(TrustDataSet.PersonRow::id).collect(Collectors.toSet());
    int trustWide = 0;
    int oneSchool = 0;
    int several = 0;
    int roles = 0;
    for (NewsDataSet.PostRow post : NEWS.posts) {
      Audience audience = post.audience();
      assertTrue(schools.containsAll(audience.schoolIds()), post.toString());
      assertTrue(people.contains(post.authorId()), "an author who exists: " + post);
      assertEquals(audience, Audience.fromKeys(audience.keys()), "stored keys read back");
      if (!audience.roles().isEmpty()) {
        roles++;
      } else if (audience.wholeTrust()) {
        trustWide++;
      } else if (audience.schoolIds().size() == 1) {
        oneSchool++;
      } else {
        several++;
      }
      assertEquals(post.state() == PostState.PUBLISHED, post.publishedAt() != null);
    }
    int n = NEWS.posts.size();
    assertTrue(Math.abs(trustWide - n * 0.25) < n * 0.04, "trust-wide: " + trustWide);
    assertTrue(Math.abs(oneSchool - n * 0.45) < n * 0.04, "one school: " + oneSchool);
    assertTrue(Math.abs(several - n * 0.15) < n * 0.04, "several schools: " + several);
    assertTrue(Math.abs(roles - n * 0.15) < n * 0.04, "narrowed to roles: " + roles);
    assertTrue(NEWS.posts.stream().anyMatch(p -> p.state() == PostState.DRAFT), "some drafts");
    assertTrue(NEWS.posts.stream().anyMatch(NewsDataSet.PostRow::mustRead), "some must-reads");
    assertTrue(NEWS.posts.stream().anyMatch(NewsDataSet.PostRow::pinned), "some pinned");
  }

  @Test
  void everyReadMarkIsByAReaderThePublishedPostIsForOncePerPost() {
    Map<Long, Map<Long, SchoolRole>> rolesOf = rolesOfPeople();
    Map<Long, NewsDataSet.PostRow> posts =
        NEWS.posts.stream().collect(Collectors.toMap(NewsDataSet.PostRow::id, p -> p));
    Set<String> pairs = new HashSet<>();
    int acknowledged = 0;
    for (int i = 0; i < READS.size(); i++) {
      NewsDataSet.PostRow post = posts.get(READS.post()[i]);
      long reader = READS.person()[i];
      assertEquals(PostState.PUBLISHED, post.state());
      assertTrue(admits(post.audience(), rolesOf.get(reader)), post + " read by " + reader);
      assertTrue(pairs.add(post.id() + "/" + reader), "once per post and reader");
      assertFalse(READS.readAt()[i].isBefore(post.publishedAt()), "read after publication");
      if (READS.acknowledgedAt()[i] != null) {
        acknowledged++;
        assertTrue(post.mustRead(), "only must-reads are acknowledged");
      }
    }
    assertTrue(acknowledged > 0, "some must-reads acknowledged");
  }

  @Test
  void commentsAreByReadersAndEachDiscussedPostHasThirty() {
    NewsDataSet.Comments comments = NEWS.planComments();
    assertEquals(20_000, comments.size(), "200,000 at scale 1, a tenth here");
    Map<Long, Map<Long, SchoolRole>> rolesOf = rolesOfPeople();
    Map<Long, NewsDataSet.PostRow> posts =
        NEWS.posts.stream().collect(Collectors.toMap(NewsDataSet.PostRow::id, p -> p));
    Map<Long, Integer> perPost = new HashMap<>();
    for (int i = 0; i < comments.size(); i++) {
      NewsDataSet.PostRow post = posts.get(comments.post()[i]);
      assertEquals(PostState.PUBLISHED, post.state());
      assertTrue(admits(post.audience(), rolesOf.get(comments.author()[i])), "by a reader");
      assertTrue(comments.createdAt()[i].isAfter(post.publishedAt()), "after publication");
      perPost.merge(post.id(), 1, Integer::sum);
    }
    long discussed = NEWS.posts.stream().filter(NewsDataSet::discussed).count();
    assertTrue(discussed > 50, discussed + " discussed posts");
    NEWS.posts.stream()
        .filter(NewsDataSet::discussed)
        .forEach(
            p ->
                assertEquals(
                    NewsDataSet.DISCUSSION_LENGTH, perPost.getOrDefault(p.id(), 0), p.toString()));
  }

  /** Each person's roles, by school. */
  private static Map<Long, Map<Long, SchoolRole>> rolesOfPeople() {
    Map<Long, Map<Long, SchoolRole>> rolesOf = new HashMap<>();
    TRUST.memberships.forEach(
        m ->
            rolesOf
                .computeIfAbsent(m.personId(), p -> new HashMap<>())
                .put(m.schoolId(), m.role()));
    return rolesOf;
  }

  private static boolean admits(Audience audience, Map<Long, SchoolRole> roles) {
    return roles.entrySet().stream()
        .anyMatch(
            e ->
                (audience.wholeTrust() || audience.schoolIds().contains(e.getKey()))
                    && audience.includesRole(e.getValue()));
  }

  @Test
  void theSameSeedPlansTheSameNewsAndAnotherSeedOther() {
    NewsDataSet again = NewsDataSet.plan(TrustDataSet.plan(SCALE, 42), SCALE, 42);
    assertEquals(NEWS.posts, again.posts);
    NewsDataSet.Reads readsAgain = again.planReads();
    assertArrayEquals(READS.post(), readsAgain.post());
    assertArrayEquals(READS.person(), readsAgain.person());
    assertArrayEquals(READS.readAt(), readsAgain.readAt());
    assertArrayEquals(READS.acknowledgedAt(), readsAgain.acknowledgedAt());
    NewsDataSet other = NewsDataSet.plan(TrustDataSet.plan(SCALE, 43), SCALE, 43);
    assertNotEquals(NEWS.posts, other.posts);
  }

  @Test
  void aReaderFindsOnlyPublishedPostsAimedAtThem() {
    Map<Long, SchoolRole> roles = Map.of(TRUST.schools.get(0).id(), SchoolRole.STAFF);
    var readable = NEWS.readableBy(roles);
    assertFalse(readable.isEmpty());
    readable.forEach(
        p -> {
          assertNotNull(p.publishedAt());
          assertTrue(admits(p.audience(), roles), p.toString());
        });
    assertNull(
        readable.stream().filter(p -> p.state() != PostState.PUBLISHED).findFirst().orElse(null));
  }
}
