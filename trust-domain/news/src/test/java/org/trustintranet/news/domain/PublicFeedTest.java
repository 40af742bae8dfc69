package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;

class PublicFeedTest {
  static final PostContent CONTENT = PostTest.CONTENT;

  @Test
  void aPostToEveryoneInTheTrustMayBePublicAndIsInThePublicFeedOnceVisible() {
    Post post = new Post(5, CONTENT, Audience.WHOLE_TRUST, PostTest.T0);
    post.showInPublicFeed(true);
    assertTrue(post.isPublicFeed());
    assertFalse(NewsPolicy.isInPublicFeed(post, PostTest.T0), "a draft is in no feed");
    post.publish(5, PostTest.T0);
    assertTrue(NewsPolicy.isInPublicFeed(post, PostTest.T0.plusSeconds(1)));
    post.archive(5, PostTest.T0.plusSeconds(2));
    assertFalse(NewsPolicy.isInPublicFeed(post, PostTest.T0.plusSeconds(3)));
  }

  @Test
  void aPostToSomeSchoolsOrSomeRolesMayNotBePublic() {
    Post schools = new Post(5, CONTENT, Audience.schools(Set.of(3L)), PostTest.T0);
    BusinessException e =
        assertThrows(BusinessException.class, () -> schools.showInPublicFeed(true));
    assertEquals("error.news.publicNeedsWholeTrust", e.messageKey());
    Post teachers =
        new Post(5, CONTENT, new Audience(true, Set.of(), Set.of(SchoolRole.TEACHER)), PostTest.T0);
    assertThrows(BusinessException.class, () -> teachers.showInPublicFeed(true));
    assertFalse(schools.isPublicFeed());
    schools.showInPublicFeed(false);
    assertFalse(schools.isPublicFeed());
  }

  @Test
  void narrowingAPublicPostsAudienceTakesItOutOfThePublicFeed() {
    Post post = new Post(5, CONTENT, Audience.WHOLE_TRUST, PostTest.T0);
    post.showInPublicFeed(true);
    post.revise(CONTENT, Audience.schools(Set.of(3L)), 5, PostTest.T0);
    assertFalse(post.isPublicFeed());
  }

  @Test
  void onlyTheWholeTrustUnnarrowedIsEveryone() {
    assertTrue(Audience.WHOLE_TRUST.isEveryone());
    assertFalse(Audience.schools(Set.of(1L)).isEveryone());
    assertFalse(new Audience(true, Set.of(), Set.of(SchoolRole.SCHOOL_ADMIN)).isEveryone());
    assertEquals(Audience.everyoneKeys(), Audience.WHOLE_TRUST.keys());
  }
}
