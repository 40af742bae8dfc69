package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.networks.domain.PartnerMatcher.Candidate;
import org.trustintranet.networks.domain.PartnerMatcher.Match;

class PartnerMatcherTest {
  static final long ME = 1;
  static final long QUESTIONING = 10;
  static final long ORACY = 11;
  static final long PHONICS = 12;

  private static List<Match> suggest(
      Set<Long> developing, Set<Long> schoolmates, Set<Long> networkmates, Candidate... cs) {
    return PartnerMatcher.suggest(ME, developing, schoolmates, networkmates, List.of(cs), 20);
  }

  private static Candidate trust(long id, Long... strengths) {
    return new Candidate(id, Set.of(strengths), ProfileVisibility.TRUST);
  }

  @Test
  void moreMatchingAreasComeFirstWhateverTheDistance() {
    List<Match> m =
        suggest(
            Set.of(QUESTIONING, ORACY),
            Set.of(2L),
            Set.of(),
            trust(2, QUESTIONING),
            trust(3, QUESTIONING, ORACY));
    assertEquals(List.of(3L, 2L), m.stream().map(Match::personId).toList());
    assertEquals(List.of(QUESTIONING, ORACY), m.get(0).areas());
    assertEquals(Nearness.TRUST, m.get(0).nearness());
    assertEquals(Nearness.SAME_SCHOOL, m.get(1).nearness());
  }

  @Test
  void equalMatchesAreRankedSameSchoolThenNetworkThenTrust() {
    List<Match> m =
        suggest(
            Set.of(ORACY),
            Set.of(4L),
            Set.of(3L, 4L),
            trust(2, ORACY),
            trust(3, ORACY),
            trust(4, ORACY));
    assertEquals(List.of(4L, 3L, 2L), m.stream().map(Match::personId).toList());
    assertEquals(
        List.of(Nearness.SAME_SCHOOL, Nearness.SAME_NETWORK, Nearness.TRUST),
        m.stream().map(Match::nearness).toList());
  }

  @Test
  void onlyStrengthsInTheTeachersDevelopmentAreasCount() {
    List<Match> m =
        suggest(Set.of(ORACY), Set.of(), Set.of(), trust(2, PHONICS), trust(3, PHONICS, ORACY));
    assertEquals(1, m.size());
    assertEquals(List.of(ORACY), m.get(0).areas(), "phonics is not what the teacher develops");
  }

  @Test
  void aProfileForItsOwnSchoolsIsSuggestedOnlyThereAndOneForNobodyNever() {
    Candidate ownSchools = new Candidate(2, Set.of(ORACY), ProfileVisibility.SCHOOLS);
    Candidate nobody = new Candidate(3, Set.of(ORACY), ProfileVisibility.NOBODY);
    assertTrue(suggest(Set.of(ORACY), Set.of(), Set.of(2L), ownSchools, nobody).isEmpty());
    assertEquals(
        List.of(2L),
        suggest(Set.of(ORACY), Set.of(2L, 3L), Set.of(), ownSchools, nobody).stream()
            .map(Match::personId)
            .toList());
  }

  @Test
  void theTeacherIsNeverTheirOwnPartnerAndNothingToDevelopMeansNoSuggestions() {
    assertTrue(suggest(Set.of(ORACY), Set.of(ME), Set.of(), trust(ME, ORACY)).isEmpty());
    assertTrue(suggest(Set.of(), Set.of(), Set.of(), trust(2, ORACY)).isEmpty());
  }

  @Test
  void theLimitKeepsTheBestAndTiesAreStable() {
    List<Candidate> many =
        List.of(trust(9, ORACY), trust(5, ORACY), trust(7, ORACY, QUESTIONING), trust(6, ORACY));
    List<Match> m =
        PartnerMatcher.suggest(ME, Set.of(ORACY, QUESTIONING), Set.of(), Set.of(), many, 3);
    assertEquals(List.of(7L, 5L, 6L), m.stream().map(Match::personId).toList());
  }
}
