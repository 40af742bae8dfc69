package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class ResourceTest {
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static Resource resource(long school, long owner, Visibility visibility) {
    return new Resource(
        school,
        owner,
        new ResourceMetadata(
            "Fractions",
            null,
            Subject.MATHEMATICS,
            KeyStage.KS2,
            Set.of(5),
            ResourceType.WORKSHEET,
            Licence.OGL,
            visibility,
            List.of("a"),
            null),
        NOW);
  }

  @Test
  void keepsItsMetadata() {
    Resource r = resource(1, 2, Visibility.TRUST);
    assertEquals(Set.of(5), r.metadata().yearGroups());
    assertEquals(List.of("a"), r.metadata().tags());
    assertEquals(1, r.getCurrentVersion());
  }

  @Test
  void withdrawnCanBeRestoredForThirtyDays() {
    Resource r = resource(1, 2, Visibility.TRUST);
    r.withdraw(NOW);
    assertEquals(ResourceState.WITHDRAWN, r.getState());
    assertThrows(BusinessException.class, () -> r.revise(r.metadata(), NOW));
    assertFalse(r.isPastRestore(NOW.plus(Duration.ofDays(29))));
    r.restore(NOW.plus(Duration.ofDays(29)));
    assertEquals(ResourceState.ACTIVE, r.getState());
    assertThrows(BusinessException.class, () -> r.restore(NOW));

    r.withdraw(NOW);
    assertTrue(r.isPastRestore(NOW.plus(Duration.ofDays(30))));
    BusinessException late =
        assertThrows(BusinessException.class, () -> r.restore(NOW.plus(Duration.ofDays(31))));
    assertEquals("error.resources.restorePassed", late.messageKey());
  }

  @Test
  void theBadgeLapsesByItselfAfterItsDate() {
    Resource r = resource(1, 2, Visibility.TRUST);
    LocalDate until = LocalDate.of(2027, 7, 31);
    assertFalse(r.isAssuredOn(until));
    r.assure(9, until, NOW);
    assertTrue(r.isAssuredOn(until));
    assertFalse(r.isAssuredOn(until.plusDays(1)));
  }

  @Test
  void versionsGoUpOneByOne() {
    Resource r = resource(1, 2, Visibility.TRUST);
    r.showVersion(2, NOW);
    assertEquals(2, r.getCurrentVersion());
    assertThrows(IllegalArgumentException.class, () -> r.showVersion(4, NOW));
  }

  @Test
  void ratingsKeepTheirAverage() {
    Resource r = resource(1, 2, Visibility.TRUST);
    r.rated(3, 13);
    assertEquals(13.0 / 3, r.getRatingScore(), 1e-9);
    r.rated(0, 0);
    assertEquals(0, r.getRatingScore());
    assertThrows(BusinessException.class, () -> new Rating(1, 2, 6, null, NOW));
    assertThrows(BusinessException.class, () -> new Rating(1, 2, 0, null, NOW));
  }
}
