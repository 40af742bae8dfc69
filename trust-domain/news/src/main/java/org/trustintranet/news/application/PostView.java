package org.trustintranet.news.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A post as its page shows it to the current reader: its content (the body is sanitised HTML), its
 * author (linked to their page by {@code authorId}), who it is for, what this reader may do with it
 * ({@code maySeeHistory}: its edit history, for those who may edit it), and its banner image if it
 * has one (the image's content id, which names it in its address, and its alternative text); the
 * author's schools ({@code authorSchools}, comma-separated) follow their job title in the byline. A
 * post to a network's members names the network ({@code audienceNetwork}: its name, or empty for
 * someone who does not belong to it; null for a post to the trust or schools).
 */
public record PostView(
    long id,
    String title,
    String summary,
    String body,
    String authorName,
    String authorJobTitle,
    String state,
    Instant publishedAt,
    Instant publishAt,
    Instant expiresAt,
    List<String> tags,
    boolean pinned,
    boolean mustRead,
    boolean wholeTrust,
    List<String> audienceSchools,
    Instant acknowledgedAt,
    boolean mayAcknowledge,
    boolean mayEdit,
    boolean maySeeAcknowledgements,
    long authorId,
    boolean maySeeHistory,
    String bannerId,
    String bannerAlt,
    String authorSchools,
    String audienceNetwork)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PostView {
    audienceSchools = List.copyOf(audienceSchools);
    tags = List.copyOf(tags);
  }

  /** True when the post is for a staff network's members. */
  public boolean toNetwork() {
    return audienceNetwork != null;
  }

  /** The schools it is for, as one line ("Oakfield Primary School, Riverside Academy"). */
  public String audienceSchoolsLine() {
    return String.join(", ", audienceSchools);
  }

  /** Shown to its readers now (the state is as at the time it was read: EXPIRED once ended). */
  public boolean published() {
    return "PUBLISHED".equals(state);
  }

  public boolean scheduled() {
    return "SCHEDULED".equals(state);
  }
}
