package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SecretToken;

class PersonalFeedTest {
  @Test
  void replacingAnAddressChangesItsHashSoTheOldTokenNoLongerMatches() {
    SecretToken first = SecretToken.generate();
    SecretToken second = SecretToken.generate();
    PersonalFeed feed = new PersonalFeed(7, first, PostTest.T0);
    PersonalFeed other = new PersonalFeed(7, second, PostTest.T0.plusSeconds(5));
    feed.replace(second, PostTest.T0.plusSeconds(5));
    assertEquals(PostTest.T0.plusSeconds(5), feed.getCreatedAt());
    assertEquals(other.getCreatedAt(), feed.getCreatedAt());
    assertNotEquals(first.hash(), second.hash());
  }
}
