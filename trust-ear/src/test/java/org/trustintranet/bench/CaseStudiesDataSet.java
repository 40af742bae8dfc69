package org.trustintranet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trustintranet.kernel.domain.Phase;

/**
 * The benchmark trust's case studies, planned before a row is written: {@link
 * #CASE_STUDIES_AT_SCALE_1} published case studies, each by a member of staff for a school of the
 * trust (the school's phase, one of the migration's focus areas), published over the two years
 * before the data set's day; their words drawn, skewed to the commonest, from the general words of
 * teaching ({@link ResourceWords#general()}), so that two middle-ranked words find a few hundred of
 * them. Their search text is what publishing stores (title, subject, context, what was done and the
 * impact; the school's and the area's names are left out). The same trust, seed and scale give the
 * same case studies.
 */
final class CaseStudiesDataSet {
  static final int CASE_STUDIES_AT_SCALE_1 = 2_000;
  static final int WORDS_PER_PART = 40;

  /** The commonest general word a search uses (by rank from 0), and the rarest. */
  static final int SEARCH_FIRST_RANK = 10;

  static final int SEARCH_LAST_RANK = 30;

  /** A published case study; {@code area} indexes the migration's focus areas (0 = the first). */
  record CaseStudyRow(
      long id,
      String title,
      long schoolId,
      Phase phase,
      int area,
      String context,
      String actions,
      String impact,
      String contact,
      long createdBy,
      Instant publishedAt) {
    String searchText() {
      return String.join("\n", title, context, actions, impact);
    }
  }

  final List<CaseStudyRow> caseStudies = new ArrayList<>();

  private CaseStudiesDataSet() {}

  static CaseStudiesDataSet plan(TrustDataSet trust, int focusAreas, double scale, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x4361736553747564L);
    List<String> words = ResourceWords.general();
    CaseStudiesDataSet set = new CaseStudiesDataSet();
    int count = TrustDataSet.scaled(CASE_STUDIES_AT_SCALE_1, scale);
    for (int n = 1; n <= count; n++) {
      TrustDataSet.SchoolRow school = trust.schools.get(random.nextInt(trust.schools.size()));
      TrustDataSet.PersonRow author = trust.people.get(random.nextInt(trust.people.size()));
      String title = capitalised(text(random, words, 4)) + " at " + school.name() + " (" + n + ")";
      set.caseStudies.add(
          new CaseStudyRow(
              n,
              title.length() > 150 ? title.substring(0, 150) : title,
              school.id(),
              school.phase(),
              random.nextInt(focusAreas),
              capitalised(text(random, words, WORDS_PER_PART)) + ".",
              capitalised(text(random, words, WORDS_PER_PART)) + ".",
              capitalised(text(random, words, WORDS_PER_PART)) + ".",
              author.givenName() + " " + author.familyName() + ", " + author.email(),
              author.id(),
              TrustDataSet.AS_OF.minus(Duration.ofHours(random.nextInt(2 * 365 * 24)))));
    }
    return set;
  }

  /** The {@code n}-th search's two different words, both of the middle ranks. */
  static String searchFor(int n) {
    List<String> words = ResourceWords.general();
    int span = SEARCH_LAST_RANK - SEARCH_FIRST_RANK + 1;
    int first = SEARCH_FIRST_RANK + Math.floorMod(n, span);
    int second = SEARCH_FIRST_RANK + Math.floorMod(n * 7 + 3, span);
    if (second == first) {
      second = SEARCH_FIRST_RANK + Math.floorMod(second - SEARCH_FIRST_RANK + 1, span);
    }
    return words.get(first) + " " + words.get(second);
  }

  /** {@code count} words, each drawn with a skew towards the commonest (the list's start). */
  private static String text(SplittableRandom random, List<String> words, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      int rank = (int) (u * u * words.size());
      text.append(i == 0 ? "" : " ").append(words.get(Math.min(rank, words.size() - 1)));
    }
    return text.toString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
