package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class TeachingProfileTest {
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Set<Long> OFFERED = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).messageKey();
  }

  @Test
  void describesStrengthsAndDevelopmentAreas() {
    TeachingProfile p = new TeachingProfile(42, NOW);
    p.describe(Set.of(1L, 2L), Set.of(3L), ProfileVisibility.SCHOOLS, OFFERED, NOW);
    assertEquals(Set.of(1L, 2L), p.areas(AreaKind.STRENGTH));
    assertEquals(Set.of(3L), p.areas(AreaKind.DEVELOPMENT));
    assertEquals(ProfileVisibility.SCHOOLS, p.getVisibility());
  }

  @Test
  void anAreaCannotBeBothAStrengthAndADevelopmentArea() {
    TeachingProfile p = new TeachingProfile(42, NOW);
    assertEquals(
        "error.profile.bothKinds",
        refusal(() -> p.describe(Set.of(1L), Set.of(1L), ProfileVisibility.TRUST, OFFERED, NOW)));
    assertEquals(Set.of(), p.areas(AreaKind.STRENGTH), "nothing half-changed");
  }

  @Test
  void refusesTooManyAreasAnUnknownAreaAndNoVisibility() {
    TeachingProfile p = new TeachingProfile(42, NOW);
    Set<Long> seven = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertEquals(
        "error.profile.tooManyStrengths",
        refusal(() -> p.describe(seven, Set.of(), ProfileVisibility.TRUST, OFFERED, NOW)));
    assertEquals(
        "error.profile.tooManyDevelopmentAreas",
        refusal(() -> p.describe(Set.of(), seven, ProfileVisibility.TRUST, OFFERED, NOW)));
    assertEquals(
        "error.profile.unknownArea",
        refusal(() -> p.describe(Set.of(99L), Set.of(), ProfileVisibility.TRUST, OFFERED, NOW)));
    assertEquals(
        "error.profile.visibilityRequired",
        refusal(() -> p.describe(Set.of(1L), Set.of(), null, OFFERED, NOW)));
  }

  @Test
  void aRetiredAreaMayStayButNotBeNewlyChosen() {
    TeachingProfile p = new TeachingProfile(42, NOW);
    p.describe(Set.of(1L), Set.of(), ProfileVisibility.TRUST, OFFERED, NOW);
    Set<Long> afterRetiring = Set.of(2L, 3L);
    p.describe(Set.of(1L), Set.of(2L), ProfileVisibility.TRUST, afterRetiring, NOW);
    assertEquals(Set.of(1L), p.areas(AreaKind.STRENGTH));
    assertEquals(
        "error.profile.unknownArea",
        refusal(
            () ->
                p.describe(Set.of(1L, 4L), Set.of(), ProfileVisibility.TRUST, afterRetiring, NOW)));
  }
}
