package org.trustintranet.news.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.news.domain.Audience;
import org.trustintranet.news.domain.Banner;
import org.trustintranet.news.domain.Post;
import org.trustintranet.news.domain.PostContent;
import org.trustintranet.news.domain.Tags;

/**
 * A post as its author fills it in: title, summary, body (rich text, sanitised by the service), who
 * it is for (the whole trust, or chosen schools; optionally only some roles there), whether it is
 * pinned and must be read, when it is to be published (none: now, or when saved as a draft), when
 * it ends (none: never), its tags (one text, separated by commas) and whether it is also shown in
 * the public trust feed (only for a post to the whole trust).
 *
 * <p>Its banner: a new image ({@code bannerUpload}, checked and stored by the service), or the one
 * the post has ({@code bannerId}, the content id {@link NewsService#draft} gave), or none (both
 * null: a banner the post had is removed); with its alternative text, required with an image.
 *
 * <p>A post to the members of a staff network names it ({@code networkId}) and no trust, school or
 * role.
 */
public record PostForm(
    @NotBlank(message = "{news.title.required}") @Size(max = Post.TITLE_LENGTH) String title,
    @Size(max = Post.SUMMARY_LENGTH) String summary,
    @NotBlank(message = "{news.body.required}") @Size(max = Post.BODY_LENGTH) String body,
    boolean wholeTrust,
    @NotNull Set<Long> schoolIds,
    @NotNull Set<SchoolRole> roles,
    boolean pinned,
    boolean mustRead,
    Instant publishAt,
    Instant expiresAt,
    @Size(max = TAGS_TEXT_LENGTH) String tags,
    boolean publicFeed,
    String bannerId,
    @Size(max = Banner.ALT_LENGTH, message = "{news.bannerAlt.tooLong}") String bannerAlt,
    BannerUpload bannerUpload,
    Long networkId)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest tags text: every tag at its longest, with separators. */
  public static final int TAGS_TEXT_LENGTH = Tags.MAX_TAGS * (Tags.TAG_LENGTH + 2);

  /** A post to the trust or schools (no network). */
  public PostForm(
      String title,
      String summary,
      String body,
      boolean wholeTrust,
      Set<Long> schoolIds,
      Set<SchoolRole> roles,
      boolean pinned,
      boolean mustRead,
      Instant publishAt,
      Instant expiresAt,
      String tags,
      boolean publicFeed,
      String bannerId,
      String bannerAlt,
      BannerUpload bannerUpload) {
    this(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        publicFeed,
        bannerId,
        bannerAlt,
        bannerUpload,
        null);
  }

  /** A post without a banner. */
  public PostForm(
      String title,
      String summary,
      String body,
      boolean wholeTrust,
      Set<Long> schoolIds,
      Set<SchoolRole> roles,
      boolean pinned,
      boolean mustRead,
      Instant publishAt,
      Instant expiresAt,
      String tags,
      boolean publicFeed) {
    this(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        publicFeed,
        null,
        null,
        null);
  }

  /** A post that is not in the public feed. */
  public PostForm(
      String title,
      String summary,
      String body,
      boolean wholeTrust,
      Set<Long> schoolIds,
      Set<SchoolRole> roles,
      boolean pinned,
      boolean mustRead,
      Instant publishAt,
      Instant expiresAt,
      String tags) {
    this(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        false);
  }

  /** A post to publish now (or save as a draft), without an end date or tags. */
  public PostForm(
      String title,
      String summary,
      String body,
      boolean wholeTrust,
      Set<Long> schoolIds,
      Set<SchoolRole> roles,
      boolean pinned,
      boolean mustRead) {
    this(title, summary, body, wholeTrust, schoolIds, roles, pinned, mustRead, null, null, null);
  }

  /** The same post, published at {@code at} (none: now) and ending at {@code end} (none: never). */
  public PostForm timed(Instant at, Instant end) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        at,
        end,
        tags,
        publicFeed,
        bannerId,
        bannerAlt,
        bannerUpload,
        networkId);
  }

  /** The same post with these tags. */
  public PostForm tagged(String text) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        text,
        publicFeed,
        bannerId,
        bannerAlt,
        bannerUpload,
        networkId);
  }

  /** The same post, shown in the public trust feed or not. */
  public PostForm inPublicFeed(boolean shown) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        shown,
        bannerId,
        bannerAlt,
        bannerUpload,
        networkId);
  }

  /**
   * The same post with a new banner image, read out as {@code alt}; or, without an upload, keeping
   * the banner {@code keptId} it has (none: no banner).
   */
  public PostForm withBanner(BannerUpload upload, String keptId, String alt) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        publicFeed,
        upload == null ? keptId : null,
        alt,
        upload,
        networkId);
  }

  /** The post as saved: with the banner stored under {@code id} (none: no banner), no upload. */
  PostForm savedWithBanner(String id) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        publicFeed,
        id,
        id == null ? null : bannerAlt,
        null,
        networkId);
  }

  /** The same post, to the members of this network (none: to the trust or schools it names). */
  public PostForm toNetwork(Long network) {
    return new PostForm(
        title,
        summary,
        body,
        wholeTrust,
        schoolIds,
        roles,
        pinned,
        mustRead,
        publishAt,
        expiresAt,
        tags,
        publicFeed,
        bannerId,
        bannerAlt,
        bannerUpload,
        network);
  }

  /** The audience the form names (checked by {@link Audience}'s own rules). */
  Audience audience() {
    return new Audience(
        wholeTrust, schoolIds, roles, networkId == null ? Set.of() : Set.of(networkId));
  }

  /** A banner is asked for: a new image, or the post's own kept. */
  public boolean hasBanner() {
    return bannerUpload != null || bannerId != null;
  }

  /** Surrounding spaces are not part of the title or summary; an empty summary is none. */
  public PostForm {
    title = title == null ? null : title.strip();
    summary = summary == null || summary.isBlank() ? null : summary.strip();
    bannerAlt = bannerAlt == null || bannerAlt.isBlank() ? null : bannerAlt.strip();
    bannerId = bannerId == null || bannerId.isBlank() ? null : bannerId;
    schoolIds = schoolIds == null ? null : Set.copyOf(schoolIds);
    roles = roles == null ? null : Set.copyOf(roles);
  }

  /**
   * What the form says, its body sanitised.
   *
   * @throws BusinessException {@code error.news.bodyEmpty} when nothing is left of the body, {@code
   *     error.news.bodyTooLong} when it is still too long
   */
  PostContent content() {
    String clean = RichText.sanitise(body);
    if (RichText.isEmpty(clean)) {
      throw new BusinessException("error.news.bodyEmpty");
    }
    if (clean.length() > Post.BODY_LENGTH) {
      throw new BusinessException("error.news.bodyTooLong", Post.BODY_LENGTH);
    }
    return new PostContent(title, summary, clean, pinned, mustRead);
  }
}
