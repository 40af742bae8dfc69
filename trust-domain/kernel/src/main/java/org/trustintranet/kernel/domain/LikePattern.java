package org.trustintranet.kernel.domain;

import java.util.Locale;

/**
 * A search for text that someone typed, as the pattern of a case-insensitive SQL {@code LIKE}
 * (compared with a lower-cased column, escape character backslash): the user's {@code %} and {@code
 * _} are literal, so that "50%" finds "50%" and not everything.
 */
public final class LikePattern {
  private LikePattern() {}

  /** The pattern of "contains {@code text}", trimmed and lower-cased. */
  public static String containing(String text) {
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
