package org.trustintranet.resources.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The stages of education in England, each with the year groups it holds (0 is Reception; the Early
 * Years Foundation Stage also holds the nursery year, -1). A resource's year groups lie in its key
 * stage.
 */
public enum KeyStage {
  EYFS(-1, 0),
  KS1(1, 2),
  KS2(3, 6),
  KS3(7, 9),
  KS4(10, 11),
  KS5(12, 13);

  private final int firstYear;
  private final int lastYear;

  KeyStage(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** True when {@code year} (-1 nursery, 0 Reception, 1 to 13) belongs to this key stage. */
  public boolean holds(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** The year groups of this key stage, in order. */
  public Set<Integer> years() {
    return IntStream.rangeClosed(firstYear, lastYear)
        .boxed()
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
