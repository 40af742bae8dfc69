package org.trustintranet.kernel.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader typed into a search (news, the resource library), made safe to hand to the
 * database's full-text index: trimmed, at most {@link #MAX_LENGTH} characters, cut into words of
 * letters and digits (lower case), at most {@link #MAX_WORDS} of them. Everything else is a
 * separator, so the operators of MySQL/MariaDB's boolean mode ({@code + - " * ( ) < > ~ @}) and any
 * other punctuation are taken as nothing more than spaces: {@code +maths -"year 6" *} searches for
 * the words "maths year 6". A query without a word searches for nothing ({@link #isEmpty}).
 */
public record SearchQuery(List<String> words) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest query a reader may type, in characters once trimmed. */
  public static final int MAX_LENGTH = 100;

  /** Words beyond these are dropped (each costs the index a look-up). */
  public static final int MAX_WORDS = 10;

  public static final SearchQuery NONE = new SearchQuery(List.of());

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  public SearchQuery {
    words = List.copyOf(words);
  }

  /**
   * The reader's query, as typed.
   *
   * @throws BusinessException {@code error.search.tooLong} when longer than {@link #MAX_LENGTH}
   *     characters once trimmed
   */
  public static SearchQuery parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return NONE;
    }
    String trimmed = typed.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new BusinessException("error.search.tooLong", MAX_LENGTH);
    }
    List<String> words =
        Arrays.stream(SEPARATORS.split(trimmed.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.isEmpty())
            .distinct()
            .limit(MAX_WORDS)
            .toList();
    return new SearchQuery(words);
  }

  /** True when there is no word to search for: nothing is searched, nothing found. */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The words separated by single spaces: the text given to the full-text index. */
  public String text() {
    return String.join(" ", words);
  }
}
