package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.Term;

/**
 * The programmes' plan: the scaled count, every career stage, sessions on school days of the term,
 * providers and authors of the trust, within the columns' lengths, repeatable.
 */
class ProgrammesDataSetTest {
  @Test
  void programmesOfTheTermWithinTheBounds() {
    TrustDataSet trust = TrustDataSet.plan(0.1, 7);
    LocalDate day = LocalDate.of(2026, 11, 25);
    ProgrammesDataSet set = ProgrammesDataSet.plan(trust, 1.0, 7, day);
    assertEquals(ProgrammesDataSet.PROGRAMMES_AT_SCALE_1, set.programmes.size());
    assertEquals(Term.of(day), set.term);
    assertEquals(
        Set.of(CareerStage.values()),
        set.programmes.stream()
            .map(ProgrammesDataSet.ProgrammeRow::stage)
            .collect(Collectors.toSet()));
    Set<Long> schools = new HashSet<>();
    trust.schools.forEach(s -> schools.add(s.id()));
    Set<Long> people = new HashSet<>();
    trust.people.forEach(p -> people.add(p.id()));
    for (ProgrammesDataSet.ProgrammeRow p : set.programmes) {
      assertTrue(schools.contains(p.providerSchoolId()), "a school of the trust provides it");
      assertTrue(people.contains(p.createdBy()), "someone of the trust wrote it");
      assertTrue(p.title().length() <= 150 && p.description().length() <= 4000);
      assertTrue(p.places() >= 10 && p.places() <= 40);
      assertEquals("2026-autumn", p.term());
    }
    for (ProgrammesDataSet.SessionRow s : set.sessions) {
      assertTrue(set.term.holds(s.day()), s.day() + " in the term");
      assertTrue(s.day().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
      assertTrue(s.starts().isBefore(s.ends()));
      assertTrue((s.place() == null) != (s.onlineLink() == null), "a place or a link");
    }
    assertTrue(set.sessions.stream().anyMatch(s -> s.kind() == SessionKind.VISIT));
    assertEquals(
        set.sessions,
        ProgrammesDataSet.plan(trust, 1.0, 7, day).sessions,
        "the same seed, the same");
    assertEquals(15, ProgrammesDataSet.plan(trust, 0.1, 7, day).programmes.size());
  }
}
