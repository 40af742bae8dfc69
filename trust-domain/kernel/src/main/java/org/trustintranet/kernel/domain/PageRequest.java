package org.trustintranet.kernel.domain;

/**
 * A slice of a long list, as a table asks for it: where to start, how many rows, which field to
 * sort by (a name the repository knows, or null) and in which direction.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit, null, true);
  }
}
