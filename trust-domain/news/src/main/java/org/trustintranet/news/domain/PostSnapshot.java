package org.trustintranet.news.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a post says, who it is for and where it is in its life at one moment: taken before and after
 * a change, so that the edit history can say what the change did ({@link #changesSince}).
 */
public record PostSnapshot(
    String title,
    String summary,
    String body,
    Set<String> audienceKeys,
    List<String> tags,
    boolean pinned,
    boolean mustRead,
    boolean publicFeed,
    Instant publishAt,
    Instant expiresAt,
    PostState state) {

  public PostSnapshot {
    audienceKeys = Set.copyOf(audienceKeys);
    tags = List.copyOf(tags);
    Objects.requireNonNull(state, "state");
  }

  /**
   * What changed from {@code before} (null: the post did not exist) to this snapshot, in the order
   * of {@link PostChange}; empty when nothing did. A new post is {@code CREATED} (with the step its
   * first save took it to), not a list of every field. A field that follows from a step is not
   * listed beside it: the publishing time set by publishing, the pin taken off by archiving.
   */
  public Set<PostChange> changesSince(PostSnapshot before) {
    Set<PostChange> changes = EnumSet.noneOf(PostChange.class);
    if (before == null) {
      changes.add(PostChange.CREATED);
      steps(PostState.DRAFT, state, changes);
      return changes;
    }
    if (!Objects.equals(before.title, title)) {
      changes.add(PostChange.TITLE);
    }
    if (!Objects.equals(blankToNull(before.summary), blankToNull(summary))) {
      changes.add(PostChange.SUMMARY);
    }
    if (!Objects.equals(before.body, body)) {
      changes.add(PostChange.BODY);
    }
    if (!before.audienceKeys.equals(audienceKeys)) {
      changes.add(PostChange.AUDIENCE);
    }
    if (!Set.copyOf(before.tags).equals(Set.copyOf(tags))) {
      changes.add(PostChange.TAGS);
    }
    if (before.pinned != pinned && state != PostState.ARCHIVED) {
      changes.add(PostChange.PINNED);
    }
    if (before.mustRead != mustRead) {
      changes.add(PostChange.MUST_READ);
    }
    if (before.publicFeed != publicFeed) {
      changes.add(PostChange.PUBLIC_FEED);
    }
    if (before.state == PostState.SCHEDULED
        && state == PostState.SCHEDULED
        && !Objects.equals(before.publishAt, publishAt)) {
      changes.add(PostChange.SCHEDULE);
    }
    if (!Objects.equals(before.expiresAt, expiresAt)) {
      changes.add(PostChange.END_DATE);
    }
    steps(before.state, state, changes);
    return changes;
  }

  /** The steps in the post's life from one state to another. */
  private static void steps(PostState from, PostState to, Set<PostChange> changes) {
    if (from == to) {
      return;
    }
    switch (to) {
      case DRAFT -> changes.add(PostChange.UNSCHEDULED);
      case SCHEDULED -> changes.add(PostChange.SCHEDULED);
      case PUBLISHED ->
          changes.add(from == PostState.EXPIRED ? PostChange.REOPENED : PostChange.PUBLISHED);
      case EXPIRED -> {
        if (from != PostState.PUBLISHED) {
          changes.add(PostChange.PUBLISHED);
        }
        changes.add(PostChange.EXPIRED);
      }
      case ARCHIVED -> changes.add(PostChange.ARCHIVED);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
