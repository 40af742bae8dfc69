package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The case studies' plan: the scaled count, schools and authors of the trust, within the columns'
 * lengths, repeatable; and each search's two words both found in a good share of them.
 */
class CaseStudiesDataSetTest {
  @Test
  void caseStudiesWithinTheBoundsAndSearchesThatFindSome() {
    TrustDataSet trust = TrustDataSet.plan(0.1, 7);
    CaseStudiesDataSet set = CaseStudiesDataSet.plan(trust, 15, 1.0, 7);
    assertEquals(CaseStudiesDataSet.CASE_STUDIES_AT_SCALE_1, set.caseStudies.size());
    Set<Long> schools = new HashSet<>();
    trust.schools.forEach(s -> schools.add(s.id()));
    for (CaseStudiesDataSet.CaseStudyRow c : set.caseStudies) {
      assertTrue(schools.contains(c.schoolId()));
      assertTrue(c.title().length() <= 150, c.title());
      assertTrue(c.context().length() <= 4000 && c.contact().length() <= 200);
      assertTrue(c.area() >= 0 && c.area() < 15);
      assertTrue(c.publishedAt().isBefore(TrustDataSet.AS_OF.plusSeconds(1)));
    }
    for (int n = 0; n < 30; n++) {
      String[] words = CaseStudiesDataSet.searchFor(n).split(" ");
      assertEquals(2, words.length);
      assertNotEquals(words[0], words[1]);
      long found =
          set.caseStudies.stream()
              .map(c -> " " + c.searchText().toLowerCase(Locale.ROOT).replace('\n', ' ') + " ")
              .filter(t -> t.contains(" " + words[0] + " ") && t.contains(" " + words[1] + " "))
              .count();
      assertTrue(found >= 20, CaseStudiesDataSet.searchFor(n) + " finds " + found);
    }
    assertEquals(
        set.caseStudies,
        CaseStudiesDataSet.plan(trust, 15, 1.0, 7).caseStudies,
        "the same seed, the same");
  }
}
