package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestSubscriptionTest {
  static final ZoneId UK = ZoneId.of("Europe/London");

  /** A Monday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static final Instant CHOSEN = MONDAY.minusDays(3).atTime(15, 0).atZone(UK).toInstant();

  private static Instant morning(LocalDate day) {
    return day.atTime(7, 5).atZone(UK).toInstant();
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(UK).toInstant();
  }

  @Test
  void dailyDigestsGoEachMorningOnceAndNotOnTheDayOfTheChoice() {
    DigestSubscription daily = new DigestSubscription(1, DigestFrequency.DAILY, CHOSEN);
    LocalDate chosenDay = MONDAY.minusDays(3);
    assertFalse(daily.isDueOn(chosenDay, start(chosenDay)), "the first comes the next morning");
    LocalDate next = chosenDay.plusDays(1);
    assertTrue(daily.isDueOn(next, start(next)));
    assertEquals(CHOSEN, daily.coversFrom(morning(next)), "news since the choice");
    daily.sent(morning(next));
    assertFalse(daily.isDueOn(next, start(next)), "once a day");
    LocalDate after = next.plusDays(1);
    assertTrue(daily.isDueOn(after, start(after)));
    assertEquals(morning(next), daily.coversFrom(morning(after)), "news since the last digest");
  }

  @Test
  void aPostOfTheSecondTheSpanStartsInIsIncludedSinceSomeDatabasesKeepWholeSeconds() {
    Instant choice = CHOSEN.plusMillis(700);
    DigestSubscription daily = new DigestSubscription(1, DigestFrequency.DAILY, choice);
    Instant later = choice.plus(Duration.ofDays(1));
    assertTrue(daily.covers(CHOSEN, later), "stored as the whole second of the choice");
    assertFalse(daily.covers(CHOSEN.minusSeconds(1), later));
    assertFalse(daily.covers(later.plusSeconds(1), later), "not after the digest's time");
  }

  @Test
  void weeklyDigestsGoOnMondaysOnly() {
    DigestSubscription weekly = new DigestSubscription(1, DigestFrequency.WEEKLY, CHOSEN);
    assertTrue(weekly.isDueOn(MONDAY, start(MONDAY)));
    LocalDate tuesday = MONDAY.plusDays(1);
    assertFalse(weekly.isDueOn(tuesday, start(tuesday)));
  }

  @Test
  void noDigestLooksBackMoreThanEightDays() {
    DigestSubscription daily = new DigestSubscription(1, DigestFrequency.DAILY, CHOSEN);
    Instant muchLater = CHOSEN.plus(Duration.ofDays(60));
    assertEquals(muchLater.minus(DigestSubscription.LONGEST_SPAN), daily.coversFrom(muchLater));
  }

  @Test
  void unsubscribingStopsItAndChoosingAgainStartsAfresh() {
    DigestSubscription daily = new DigestSubscription(1, DigestFrequency.DAILY, CHOSEN);
    String token = daily.getToken();
    assertEquals(43, token.length(), "32 random bytes, URL-safe");
    assertNotEquals(token, new DigestSubscription(2, DigestFrequency.DAILY, CHOSEN).getToken());
    Instant later = CHOSEN.plus(Duration.ofDays(2));
    assertTrue(daily.unsubscribe(later));
    assertFalse(daily.unsubscribe(later), "already stopped");
    assertEquals(DigestFrequency.NONE, daily.getFrequency());
    LocalDate day = MONDAY.plusDays(7);
    assertFalse(daily.isDueOn(day, start(day)));
    daily.choose(DigestFrequency.WEEKLY, later);
    assertEquals(later, daily.coversFrom(later.plus(Duration.ofDays(5))), "from the new choice");
  }
}
