package org.trustintranet.resources.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * What a resource is about and who may reuse it: title, description, curriculum metadata from the
 * managed lists, year groups within the key stage, licence, who sees it, free tags and, for a
 * resource that is a link rather than a file, its address. Validated here, whoever builds it.
 */
public record ResourceMetadata(
    String title,
    String description,
    Subject subject,
    KeyStage keyStage,
    Set<Integer> yearGroups,
    ResourceType type,
    Licence licence,
    Visibility visibility,
    List<String> tags,
    String link) {
  public static final int TITLE_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int TAG_LENGTH = 40;
  public static final int MAX_TAGS = 12;
  public static final int LINK_LENGTH = 2000;

  public ResourceMetadata {
    title = title == null ? "" : title.strip();
    if (title.isEmpty()) {
      throw new BusinessException("error.resources.titleRequired");
    }
    if (title.length() > TITLE_LENGTH) {
      throw new BusinessException("error.resources.titleTooLong", TITLE_LENGTH);
    }
    description = description == null || description.isBlank() ? null : description.strip();
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      throw new BusinessException("error.resources.descriptionTooLong", DESCRIPTION_LENGTH);
    }
    if (subject == null) {
      throw new BusinessException("error.resources.subjectRequired");
    }
    if (keyStage == null) {
      throw new BusinessException("error.resources.keyStageRequired");
    }
    if (type == null) {
      throw new BusinessException("error.resources.typeRequired");
    }
    if (licence == null) {
      throw new BusinessException("error.resources.licenceRequired");
    }
    Objects.requireNonNull(visibility, "visibility");
    yearGroups = yearGroups == null ? Set.of() : Set.copyOf(new TreeSet<>(yearGroups));
    for (int year : yearGroups) {
      if (!keyStage.holds(year)) {
        throw new BusinessException("error.resources.yearOutsideKeyStage");
      }
    }
    tags = cleanTags(tags);
    link = cleanLink(link);
  }

  /** Tags as typed, trimmed, lower case, each once, in the order given. */
  private static List<String> cleanTags(List<String> typed) {
    if (typed == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : typed) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      String t = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (t.length() > TAG_LENGTH || t.contains(",")) {
        throw new BusinessException("error.resources.tagInvalid", TAG_LENGTH);
      }
      tags.add(t);
    }
    if (tags.size() > MAX_TAGS) {
      throw new BusinessException("error.resources.tooManyTags", MAX_TAGS);
    }
    return List.copyOf(new ArrayList<>(tags));
  }

  /** An absolute http or https address, or null; anything else (javascript:, data:) refused. */
  private static String cleanLink(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String link = typed.strip();
    if (link.length() > LINK_LENGTH) {
      throw new BusinessException("error.resources.linkInvalid");
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new BusinessException("error.resources.linkInvalid");
      }
    } catch (URISyntaxException e) {
      throw new BusinessException("error.resources.linkInvalid");
    }
    return link;
  }

  /** Tags parsed from text as people type them: "fractions, year 5; revision". */
  public static List<String> parseTags(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.split("[,;]"));
  }

  /** The words this metadata is found by: title, description and tags. */
  public String searchableText() {
    StringBuilder text = new StringBuilder(title);
    if (description != null) {
      text.append('\n').append(description);
    }
    if (!tags.isEmpty()) {
      text.append('\n').append(String.join(", ", tags));
    }
    return text.toString();
  }
}
