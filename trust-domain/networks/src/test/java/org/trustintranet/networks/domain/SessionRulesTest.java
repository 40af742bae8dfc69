package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class SessionRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant START = Instant.parse("2026-12-01T15:45:00Z");
  private static final Instant END = Instant.parse("2026-12-01T17:15:00Z");

  private static SessionDetails online(int capacity) {
    return new SessionDetails(
        "Termly meeting", "Budgets", START, END, capacity, null, "https://meet.example.org/x");
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  @Test
  void aSessionIsInARoomOrOnlineNeverBothNorNeither() {
    assertEquals(7L, new SessionDetails("T", "", START, END, 5, 7L, null).roomId());
    assertEquals(
        "error.networks.session.roomOrLink",
        refusal(() -> new SessionDetails("T", "", START, END, 5, 7L, "https://x.org")));
    assertEquals(
        "error.networks.session.roomOrLink",
        refusal(() -> new SessionDetails("T", "", START, END, 5, null, "  ")));
  }

  @Test
  void theLinkIsAWebAddress() {
    for (String bad :
        new String[] {"javascript:alert(1)", "data:text/html,x", "meet", "ftp://x.org"}) {
      assertEquals(
          "error.networks.session.link",
          refusal(() -> new SessionDetails("T", "", START, END, 5, null, bad)),
          bad);
    }
  }

  @Test
  void titleTimesAndPlacesAreChecked() {
    assertEquals(
        "error.networks.session.titleRequired",
        refusal(() -> new SessionDetails(" ", "", START, END, 5, 1L, null)));
    assertEquals(
        "error.networks.session.titleTooLong",
        refusal(() -> new SessionDetails("x".repeat(201), "", START, END, 5, 1L, null)));
    assertEquals(
        "error.networks.session.agendaTooLong",
        refusal(() -> new SessionDetails("T", "x".repeat(4001), START, END, 5, 1L, null)));
    assertEquals(
        "error.networks.session.endBeforeStart",
        refusal(() -> new SessionDetails("T", "", END, START, 5, 1L, null)));
    assertEquals(
        "error.networks.session.whenRequired",
        refusal(() -> new SessionDetails("T", "", null, END, 5, 1L, null)));
    assertEquals(
        "error.networks.session.capacity",
        refusal(() -> new SessionDetails("T", "", START, END, 0, 1L, null)));
    assertEquals(
        "error.networks.session.capacity",
        refusal(() -> new SessionDetails("T", "", START, END, 1001, 1L, null)));
    assertEquals(
        "error.networks.session.inThePast",
        refusal(() -> new NetworkSession(1, online(5), null, null, 1, START)));
  }

  @Test
  void placesAreTakenUntilNoneIsFreeAndGivenBack() {
    NetworkSession s = new NetworkSession(1, online(2), null, null, 1, NOW);
    assertTrue(s.isOpen(NOW));
    assertFalse(s.isOpen(START));
    s.takePlace();
    s.takePlace();
    assertFalse(s.hasFreePlace());
    assertEquals("error.networks.session.full", refusal(s::takePlace));
    s.givePlaceBack();
    assertTrue(s.hasFreePlace());
    s.cancel();
    assertFalse(s.isOpen(NOW));
  }
}
