package org.trustintranet.rooms.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A room's photo: the id of its bytes in the file store (64 hex digits, the SHA-256 of the bytes),
 * the image type found in those bytes (JPEG, PNG or WebP: raster images that carry no script),
 * their size, the picture's width and height in pixels, and the text read out instead of it.
 */
public record RoomPhoto(
    String contentId, String mediaType, long size, int width, int height, String alt)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest alternative text. */
  public static final int ALT_LENGTH = 250;

  /** The image types a room photo may have. */
  public static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

  private static final Pattern CONTENT_ID = Pattern.compile("[0-9a-f]{64}");

  public RoomPhoto {
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(alt, "alt");
    if (!CONTENT_ID.matcher(contentId).matches()) {
      throw new IllegalArgumentException("a photo's content id is 64 lower-case hex digits");
    }
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException("not a room photo type: " + mediaType);
    }
    alt = alt.strip();
    if (alt.isEmpty() || alt.length() > ALT_LENGTH) {
      throw new IllegalArgumentException("alt text must have 1 to " + ALT_LENGTH + " chars");
    }
    if (size <= 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a photo has bytes and pixels");
    }
  }

  /** The same image with other alternative text. */
  public RoomPhoto describedAs(String text) {
    return new RoomPhoto(contentId, mediaType, size, width, height, text);
  }
}
