package org.trustintranet.news.application;

import org.trustintranet.kernel.application.UploadedImages;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.news.domain.Banner;

/**
 * Decides from its bytes alone whether an upload is a banner image ({@link UploadedImages}, with
 * news' messages): a PNG, JPEG, GIF or WebP; anything else, SVG included, is refused.
 */
public final class BannerImages {
  /** Message key of the refusal of anything that is not an accepted image. */
  public static final String NOT_AN_IMAGE = "error.news.bannerNotImage";

  /** Message key of the refusal of a picture too big; arguments: the longest side, megapixels. */
  public static final String TOO_MANY_PIXELS = "error.news.bannerTooManyPixels";

  /** The longest side of a banner in pixels. */
  public static final int MAX_SIDE = UploadedImages.MAX_SIDE;

  /** The most pixels a banner has. */
  public static final long MAX_PIXELS = UploadedImages.MAX_PIXELS;

  private static final UploadedImages.Refusals REFUSALS =
      new UploadedImages.Refusals(NOT_AN_IMAGE, TOO_MANY_PIXELS);

  /** What the bytes turned out to be. */
  public record BannerImage(String mediaType, int width, int height) {}

  private BannerImages() {}

  /**
   * The image the bytes hold.
   *
   * @throws BusinessException {@link #NOT_AN_IMAGE} when they are not a PNG, JPEG, GIF or WebP
   *     image, {@link #TOO_MANY_PIXELS} when the picture is larger than {@link #MAX_SIDE} pixels on
   *     a side or {@link #MAX_PIXELS} in all
   */
  public static BannerImage inspect(byte[] bytes) {
    UploadedImages.Image image = UploadedImages.inspect(bytes, Banner.MEDIA_TYPES, REFUSALS);
    return new BannerImage(image.mediaType(), image.width(), image.height());
  }
}
