package org.trustintranet.kernel.domain;

import java.util.List;

/** One page of results and the total count of rows that match. */
public record Page<T>(List<T> rows, long total) {
  public Page {
    rows = List.copyOf(rows);
  }

  public static <T> Page<T> empty() {
    return new Page<>(List.of(), 0);
  }
}
