package org.trustintranet.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class ReminderTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).messageKey();
  }

  @Test
  void theFirstReminderOfAMustReadGoesToThoseLeft() {
    Reminder r = Reminder.of(7, true, Optional.empty(), 12, 3, NOW);
    assertEquals(7, r.getPostId());
    assertEquals(12, r.getRecipients());
    assertEquals(3, r.getSentBy());
    assertEquals(NOW.plus(Duration.ofHours(24)), r.nextAllowedAt());
  }

  @Test
  void aSecondReminderWaitsADay() {
    Reminder first = Reminder.of(7, true, Optional.empty(), 12, 3, NOW);
    Instant almost = NOW.plus(Reminder.INTERVAL).minusSeconds(1);
    assertEquals(
        "error.news.reminderTooSoon",
        refusal(() -> Reminder.of(7, true, Optional.of(first), 5, 3, almost)));
    Reminder second = Reminder.of(7, true, Optional.of(first), 5, 3, NOW.plus(Reminder.INTERVAL));
    assertEquals(5, second.getRecipients());
  }

  @Test
  void nobodyLeftOrNotAMustReadIsRefused() {
    assertEquals(
        "error.news.nobodyToRemind",
        refusal(() -> Reminder.of(7, true, Optional.empty(), 0, 3, NOW)));
    assertEquals(
        "error.news.notMustRead",
        refusal(() -> Reminder.of(7, false, Optional.empty(), 4, 3, NOW)));
  }
}
