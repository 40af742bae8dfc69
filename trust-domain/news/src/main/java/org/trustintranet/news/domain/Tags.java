package org.trustintranet.news.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * The free tags of a post, as a reader finds posts by them: each trimmed, its inner spaces made
 * single and lower-cased (so "Year 6" and " year 6 " are one tag, shown as "year 6"), without
 * repeats, in the order given. At most {@link #MAX_TAGS} of at most {@link #TAG_LENGTH} characters,
 * of letters, digits, spaces, hyphens and apostrophes.
 */
public record Tags(List<String> values) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TAGS = 10;
  public static final int TAG_LENGTH = 40;
  public static final Tags NONE = new Tags(List.of());

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} '’-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * @throws BusinessException {@code error.news.tagTooLong}, {@code error.news.tooManyTags} or
   *     {@code error.news.tagInvalid}
   */
  public Tags {
    Set<String> normal = new LinkedHashSet<>();
    for (String value : values) {
      String tag = normalise(value);
      if (!tag.isEmpty()) {
        normal.add(tag);
      }
    }
    if (normal.size() > MAX_TAGS) {
      throw new BusinessException("error.news.tooManyTags", MAX_TAGS);
    }
    values = List.copyOf(normal);
  }

  /** The tags typed into one field, separated by commas; blank ones are dropped. */
  public static Tags parse(String text) {
    return text == null || text.isBlank() ? NONE : new Tags(List.of(text.split(",", -1)));
  }

  public static Tags of(Collection<String> values) {
    return new Tags(List.copyOf(values));
  }

  /**
   * One tag as it is stored and matched, or "" for a blank one.
   *
   * @throws BusinessException {@code error.news.tagTooLong} or {@code error.news.tagInvalid}
   */
  public static String normalise(String value) {
    if (value == null) {
      return "";
    }
    String tag = SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (tag.isEmpty()) {
      return tag;
    }
    if (tag.length() > TAG_LENGTH) {
      throw new BusinessException("error.news.tagTooLong", TAG_LENGTH);
    }
    if (!ALLOWED.matcher(tag).matches()) {
      throw new BusinessException("error.news.tagInvalid");
    }
    return tag;
  }

  /** A tag as typed in a link, normalised as stored but not checked: a tag no post has is none. */
  public static String lenient(String value) {
    return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** The tags as one field shows them: "safeguarding, year 6". */
  public String text() {
    return String.join(", ", values);
  }
}
