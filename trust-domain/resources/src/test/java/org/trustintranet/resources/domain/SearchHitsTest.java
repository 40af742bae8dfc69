package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SearchQuery;

class SearchHitsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static SearchHit hit(
      long id,
      Subject subject,
      KeyStage stage,
      long school,
      LocalDate assuredUntil,
      int day,
      long downloads,
      double score,
      double relevance) {
    return new SearchHit(
        id,
        subject,
        stage,
        ResourceType.WORKSHEET,
        school,
        Licence.CC_BY,
        assuredUntil,
        Instant.parse("2026-11-01T09:00:00Z").plusSeconds(86_400L * day),
        downloads,
        score,
        3,
        relevance);
  }

  private static final SearchHits HITS =
      new SearchHits(
          List.of(
              hit(1, Subject.SCIENCE, KeyStage.KS3, 10, TODAY, 1, 5, 4.0, 0.5),
              hit(2, Subject.SCIENCE, KeyStage.KS2, 10, null, 2, 50, 3.0, 2.0),
              hit(3, Subject.MATHEMATICS, KeyStage.KS3, 20, TODAY.minusDays(1), 3, 7, 5.0, 1.0),
              hit(4, Subject.SCIENCE, KeyStage.KS3, 20, TODAY.plusYears(1), 4, 1, 2.0, 1.0),
              hit(5, Subject.HISTORY, KeyStage.KS4, 10, null, 4, 0, 0.0, 0.1)));

  private static ResourceQuery query(
      Subject subject, KeyStage stage, Long school, boolean assured, ResourceQuery.Sort sort) {
    return new ResourceQuery(
        SearchQuery.parse("cells"),
        subject,
        stage,
        null,
        school,
        null,
        assured,
        sort,
        false,
        true,
        Set.of(10L),
        TODAY);
  }

  @Test
  void theFiltersAllApply() {
    assertEquals(5, HITS.total(query(null, null, null, false, null)));
    assertEquals(2, HITS.total(query(Subject.SCIENCE, KeyStage.KS3, null, false, null)));
    assertEquals(1, HITS.total(query(Subject.SCIENCE, KeyStage.KS3, 20L, false, null)));
    assertEquals(2, HITS.total(query(Subject.SCIENCE, null, null, true, null)));
    assertEquals(0, HITS.total(query(Subject.MATHEMATICS, null, null, true, null)));
  }

  @Test
  void aFacetCountsWithoutItsOwnFilterButWithTheOthers() {
    ResourceQuery q = query(Subject.SCIENCE, KeyStage.KS3, null, false, null);
    // Subjects among the KS3 hits, whatever their subject, the commonest first.
    assertEquals(
        List.of(Map.entry("SCIENCE", 2L), Map.entry("MATHEMATICS", 1L)),
        List.copyOf(HITS.facet(q, ResourceQuery.Facet.SUBJECT).entrySet()));
    // Key stages among the science hits.
    assertEquals(Map.of("KS3", 2L, "KS2", 1L), HITS.facet(q, ResourceQuery.Facet.KEY_STAGE));
    // Schools as ids; ties in the order of their keys.
    assertEquals(
        List.of(Map.entry("10", 1L), Map.entry("20", 1L)),
        List.copyOf(HITS.facet(q, ResourceQuery.Facet.SCHOOL).entrySet()));
    assertEquals(Map.of("true", 2L), HITS.facet(q, ResourceQuery.Facet.ASSURED));
  }

  @Test
  void theBadgeFacetIsAbsentWhenNoHitHasIt() {
    ResourceQuery history = query(Subject.HISTORY, null, null, false, null);
    assertFalse(HITS.facet(history, ResourceQuery.Facet.ASSURED).containsKey("true"));
    // A lapsed badge does not count.
    ResourceQuery maths = query(Subject.MATHEMATICS, null, null, false, null);
    assertEquals(Map.of(), HITS.facet(maths, ResourceQuery.Facet.ASSURED));
  }

  @Test
  void pagesFollowTheOrderChosen() {
    assertEquals(
        List.of(2L, 4L, 3L, 1L, 5L),
        HITS.page(query(null, null, null, false, ResourceQuery.Sort.RELEVANCE), 0, 20));
    assertEquals(
        List.of(5L, 4L, 3L, 2L, 1L),
        HITS.page(query(null, null, null, false, ResourceQuery.Sort.NEWEST), 0, 20));
    assertEquals(
        List.of(2L, 3L, 1L, 4L, 5L),
        HITS.page(query(null, null, null, false, ResourceQuery.Sort.MOST_DOWNLOADED), 0, 20));
    assertEquals(
        List.of(3L, 1L, 2L, 4L, 5L),
        HITS.page(query(null, null, null, false, ResourceQuery.Sort.BEST_RATED), 0, 20));
  }

  @Test
  void aPageIsASliceOfTheFilteredResults() {
    ResourceQuery science = query(Subject.SCIENCE, null, null, false, ResourceQuery.Sort.NEWEST);
    assertEquals(List.of(4L, 2L), HITS.page(science, 0, 2));
    assertEquals(List.of(1L), HITS.page(science, 2, 2));
    assertEquals(List.of(), HITS.page(science, 3, 2));
    assertEquals(List.of(), HITS.page(science, -1, 0));
  }
}
