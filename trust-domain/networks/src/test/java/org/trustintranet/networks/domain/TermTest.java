package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.BusinessException;

class TermTest {
  @Test
  void aDayFallsInItsTerm() {
    assertEquals("Autumn 2026", Term.of(LocalDate.of(2026, 9, 1)).toString());
    assertEquals("Autumn 2026", Term.of(LocalDate.of(2026, 12, 31)).toString());
    assertEquals("Spring 2027", Term.of(LocalDate.of(2027, 1, 1)).toString());
    assertEquals("Spring 2027", Term.of(LocalDate.of(2027, 3, 31)).toString());
    assertEquals("Summer 2027", Term.of(LocalDate.of(2027, 4, 1)).toString());
    assertEquals("Summer 2027", Term.of(LocalDate.of(2027, 8, 31)).toString());
  }

  @Test
  void itsKeyParsesBackToTheSameTerm() {
    Term autumn = new Term(2026, Term.Season.AUTUMN);
    assertEquals("2026-autumn", autumn.key());
    assertEquals(autumn, Term.parse("2026-autumn"));
    assertEquals(autumn, Term.parse("2026-AUTUMN"));
    assertEquals(autumn.hashCode(), Term.parse(autumn.key()).hashCode());
  }

  @Test
  void junkKeysAreRefused() {
    for (String junk :
        new String[] {
          null, "", "autumn", "2026-winter", "2026-autumn-x", "1999-autumn", "26-autumn"
        }) {
      assertThrows(BusinessException.class, () -> Term.parse(junk), String.valueOf(junk));
    }
  }

  @Test
  void termsFollowEachOtherInTheSchoolYear() {
    Term autumn = new Term(2026, Term.Season.AUTUMN);
    assertEquals(new Term(2027, Term.Season.SPRING), autumn.next());
    assertEquals(new Term(2027, Term.Season.SUMMER), autumn.next().next());
    assertEquals(autumn, autumn.next().previous());
    assertEquals(new Term(2026, Term.Season.SUMMER), autumn.previous());
    assertTrue(autumn.compareTo(autumn.next()) < 0);
    assertTrue(autumn.holds(LocalDate.of(2026, 10, 15)));
    assertFalse(autumn.holds(LocalDate.of(2027, 10, 15)));
  }
}
