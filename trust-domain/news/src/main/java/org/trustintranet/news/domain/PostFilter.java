package org.trustintranet.news.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reader narrowed their feed to: posts aimed at one school, with one tag, by one author (any
 * of them may be absent; a tag no post could have matches none). A filter only ever narrows: the
 * school filter keeps those of the reader's own keys that name the school, so a school the reader
 * does not belong to leaves no key at all.
 */
public record PostFilter(Long schoolId, String tag, Long authorId) {
  public static final PostFilter NONE = new PostFilter(null, null, null);

  public PostFilter {
    tag = tag == null || tag.isBlank() ? null : Tags.lenient(tag);
  }

  /** The reader's keys that this filter keeps: all of them, or those naming its school. */
  public Set<String> narrow(Set<String> readerKeys) {
    if (schoolId == null) {
      return readerKeys;
    }
    String school = String.valueOf(schoolId);
    return readerKeys.stream()
        .filter(k -> k.equals(school) || k.startsWith(school + ":"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
