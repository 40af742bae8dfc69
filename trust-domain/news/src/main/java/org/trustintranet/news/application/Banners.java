package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.news.application.BannerImages.BannerImage;
import org.trustintranet.news.domain.Banner;
import org.trustintranet.news.domain.Post;

/**
 * A post's banner as its form asks for it: a new image is checked ({@link BannerImages}) before
 * anything is written, and stored in the file store only once the post is otherwise accepted; the
 * banner a post has is kept (with new alternative text) or removed. Content a post no longer shows
 * stays in the store: identical bytes may be another post's banner, or another context's file.
 */
@ApplicationScoped
class Banners {
  /** Message key: a banner needs its alternative text. */
  static final String ALT_REQUIRED = "error.news.bannerAltRequired";

  /** Message key: the form names a banner the post does not have (changed meanwhile). */
  static final String GONE = "error.news.bannerGone";

  @Inject FileStore files;

  /** What the form asks for, checked: a new image (not yet stored), the post's own, or none. */
  record Choice(BannerUpload upload, BannerImage image, String keptId, String alt) {
    static final Choice NONE = new Choice(null, null, null, null);
  }

  /**
   * Checks the form's banner without writing anything.
   *
   * @throws BusinessException {@value #ALT_REQUIRED} when a banner has no alternative text; {@link
   *     BannerImages#NOT_AN_IMAGE} or {@link BannerImages#TOO_MANY_PIXELS} for an upload that is
   *     not a banner image
   */
  Choice check(PostForm form) {
    if (!form.hasBanner()) {
      return Choice.NONE;
    }
    BannerImage image =
        form.bannerUpload() == null ? null : BannerImages.inspect(form.bannerUpload().bytes());
    if (form.bannerAlt() == null) {
      throw new BusinessException(ALT_REQUIRED);
    }
    return new Choice(form.bannerUpload(), image, form.bannerId(), form.bannerAlt());
  }

  /**
   * Gives the post the banner chosen (storing a new image), or takes its banner away.
   *
   * @throws BusinessException {@value #GONE} when the choice keeps a banner the post does not have
   */
  void apply(Choice choice, Post post, long by, Instant now) {
    if (choice.upload() != null) {
      StoredContent stored;
      try (var in = choice.upload().stream()) {
        stored = files.store(in, BannerUpload.MAX_BYTES);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      BannerImage image = choice.image();
      post.showBanner(
          new Banner(
              stored.id().sha256Hex(),
              image.mediaType(),
              stored.size(),
              image.width(),
              image.height(),
              choice.alt()),
          by,
          now);
    } else if (choice.keptId() != null) {
      Banner kept =
          post.banner()
              .filter(b -> b.contentId().equals(choice.keptId()))
              .orElseThrow(() -> new BusinessException(GONE));
      post.showBanner(kept.describedAs(choice.alt()), by, now);
    } else {
      post.showBanner(null, by, now);
    }
  }

  /** The form as saved, for the audit trail: the banner's content id, never its bytes. */
  static PostForm asSaved(PostForm form, Post post) {
    return form.savedWithBanner(post.banner().map(Banner::contentId).orElse(null));
  }
}
