package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SearchQuery;

class ResourceQueryTest {
  static ResourceQuery query(String words, ResourceQuery.Sort sort) {
    return new ResourceQuery(
        SearchQuery.parse(words),
        Subject.SCIENCE,
        KeyStage.KS3,
        ResourceType.SLIDES,
        4L,
        Licence.CC_BY,
        true,
        sort,
        false,
        true,
        Set.of(1L),
        LocalDate.of(2026, 11, 24));
  }

  @Test
  void relevanceNeedsWords() {
    assertEquals(ResourceQuery.Sort.NEWEST, query(null, null).sort());
    assertEquals(ResourceQuery.Sort.NEWEST, query(" ", ResourceQuery.Sort.RELEVANCE).sort());
    assertEquals(ResourceQuery.Sort.RELEVANCE, query("cells", null).sort());
    assertEquals(
        ResourceQuery.Sort.BEST_RATED, query("cells", ResourceQuery.Sort.BEST_RATED).sort());
  }

  @Test
  void aFacetIsCountedWithoutItsOwnFilter() {
    ResourceQuery q = query("cells", null);
    assertNull(q.without(ResourceQuery.Facet.SUBJECT).subject());
    assertEquals(KeyStage.KS3, q.without(ResourceQuery.Facet.SUBJECT).keyStage());
    assertNull(q.without(ResourceQuery.Facet.SCHOOL).schoolId());
    assertFalse(q.without(ResourceQuery.Facet.ASSURED).assuredOnly());
    assertTrue(q.without(ResourceQuery.Facet.LICENCE).assuredOnly());
  }

  @Test
  void operatorsAreTakenLiterally() {
    assertEquals("maths year 6", query("+maths -\"year 6\" *", null).words().text());
  }

  @Test
  void someoneOfNoSchoolFindsNothing() {
    ResourceQuery q =
        new ResourceQuery(
            null, null, null, null, null, null, false, null, false, false, Set.of(), null);
    assertTrue(q.findsNothing());
  }
}
