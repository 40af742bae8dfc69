package org.trustintranet.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void wordsAreTrimmedLowerCasedAndKeptOnce() {
    SearchQuery query = SearchQuery.parse("  Reading  WEEK reading\t");
    assertEquals(List.of("reading", "week"), query.words());
    assertEquals("reading week", query.text());
  }

  @Test
  void searchOperatorsArePlainSpaces() {
    assertEquals("maths year 6", SearchQuery.parse("+maths -\"year 6\" *").text());
    assertEquals("safe guarding 3", SearchQuery.parse("(safe*) <guarding> ~@3").text());
    assertEquals("a or 1 b", SearchQuery.parse("a' OR '1'='1 b").text());
    assertEquals("drop table post", SearchQuery.parse("'; DROP TABLE post; --").text());
    assertTrue(SearchQuery.parse("%_ %").isEmpty(), "no wildcard either");
  }

  @Test
  void welshLettersAndDigitsAreWords() {
    assertEquals(
        List.of("noson", "agored", "i", "r", "ŵyl", "2026"),
        SearchQuery.parse("Noson agored i’r Ŵyl 2026!").words());
  }

  @Test
  void anEmptyQuerySearchesForNothing() {
    assertTrue(SearchQuery.parse(null).isEmpty());
    assertTrue(SearchQuery.parse("   ").isEmpty());
    assertTrue(SearchQuery.parse("+-\"*()<>~@").isEmpty(), "only operators");
    assertEquals(SearchQuery.NONE, SearchQuery.parse(""));
  }

  @Test
  void aQueryLongerThanAHundredCharactersIsRefusedWithItsMessage() {
    assertEquals(100, SearchQuery.parse("  " + "x".repeat(100) + "  ").text().length());
    BusinessException refused =
        assertThrows(BusinessException.class, () -> SearchQuery.parse("x".repeat(101)));
    assertEquals("error.search.tooLong", refused.messageKey());
    assertEquals(100, refused.arguments()[0]);
  }

  @Test
  void atMostTenWords() {
    SearchQuery query = SearchQuery.parse("a b c d e f g h i j k l");
    assertEquals(SearchQuery.MAX_WORDS, query.words().size());
    assertEquals("j", query.words().get(9));
  }
}
