package org.trustintranet.resources.domain;

import java.util.Set;
import org.trustintranet.kernel.domain.SearchQuery;

/**
 * A search of the library as the repository runs it: the words (taken literally: {@link
 * SearchQuery} keeps letters and digits only), the filters chosen (null for any), the order, and
 * whose search it is: every resource for a trust admin ({@code everything}), otherwise those shared
 * with the trust (when {@code trustWide}) and those of {@code mySchools}. Only resources in the
 * library are ever found. {@code assuredOn} is today: the badge counts only until its date.
 */
public record ResourceQuery(
    SearchQuery words,
    Subject subject,
    KeyStage keyStage,
    ResourceType type,
    Long schoolId,
    Licence licence,
    boolean assuredOnly,
    Sort sort,
    boolean everything,
    boolean trustWide,
    Set<Long> mySchools,
    java.time.LocalDate assuredOn) {

  /** The orders of the results. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    MOST_DOWNLOADED,
    BEST_RATED
  }

  /** The facets counted beside the results. */
  public enum Facet {
    SUBJECT,
    KEY_STAGE,
    TYPE,
    SCHOOL,
    LICENCE,
    ASSURED
  }

  public ResourceQuery {
    words = words == null ? SearchQuery.NONE : words;
    sort = sort == null ? (words.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
    if (sort == Sort.RELEVANCE && words.isEmpty()) {
      sort = Sort.NEWEST;
    }
    mySchools = mySchools == null ? Set.of() : Set.copyOf(mySchools);
  }

  /** The same search without the filter of {@code facet}: what that facet's counts are over. */
  public ResourceQuery without(Facet facet) {
    return new ResourceQuery(
        words,
        facet == Facet.SUBJECT ? null : subject,
        facet == Facet.KEY_STAGE ? null : keyStage,
        facet == Facet.TYPE ? null : type,
        facet == Facet.SCHOOL ? null : schoolId,
        facet == Facet.LICENCE ? null : licence,
        facet != Facet.ASSURED && assuredOnly,
        sort,
        everything,
        trustWide,
        mySchools,
        assuredOn);
  }

  /** The same search in another order. */
  public ResourceQuery sortedBy(Sort order) {
    return new ResourceQuery(
        words,
        subject,
        keyStage,
        type,
        schoolId,
        licence,
        assuredOnly,
        order,
        everything,
        trustWide,
        mySchools,
        assuredOn);
  }

  /** The same search with no filter: the words and the reader's scope only. */
  public ResourceQuery unfiltered() {
    return new ResourceQuery(
        words,
        null,
        null,
        null,
        null,
        null,
        false,
        sort,
        everything,
        trustWide,
        mySchools,
        assuredOn);
  }

  /** True when nobody's resources can be found (no school, no trust role). */
  public boolean findsNothing() {
    return !everything && !trustWide && mySchools.isEmpty();
  }
}
