package org.trustintranet.kernel.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * Decides from its bytes alone whether an upload is an image a context accepts, whatever its name
 * or the type the browser claimed: a PNG, JPEG or GIF that Java's image readers decode, or a WebP
 * whose header holds its size (Java reads no WebP). Anything else (SVG, which can carry script,
 * HTML, a PDF, an empty or damaged file) is refused, as is a type the caller does not accept. The
 * picture's size is read before any pixel is, and only a thinned-out copy of a large picture is
 * decoded, so that a small file that would unpack into gigabytes of pixels is refused without being
 * unpacked. Used by news banners and room photos, each with its own message keys.
 */
public final class UploadedImages {
  /** The longest side of an image in pixels. */
  public static final int MAX_SIDE = 10_000;

  /** The most pixels an image has. */
  public static final long MAX_PIXELS = 40_000_000L;

  /** At most this many pixels are decoded to check that an image decodes. */
  private static final long DECODED_PIXELS = 1_000_000L;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
  private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};

  /** What the bytes turned out to be. */
  public record Image(String mediaType, int width, int height) {}

  /**
   * The caller's message keys: for anything not an accepted image, and for a picture too big
   * (arguments: the longest side, megapixels).
   */
  public record Refusals(String notAnImage, String tooManyPixels) {}

  private UploadedImages() {}

  /**
   * The image the bytes hold, when its type is one of {@code accepted} (of image/png, image/jpeg,
   * image/gif, image/webp).
   *
   * @throws BusinessException {@code refusals.notAnImage()} when they are not an image of an
   *     accepted type, {@code refusals.tooManyPixels()} when the picture is larger than {@link
   *     #MAX_SIDE} pixels on a side or {@link #MAX_PIXELS} in all
   */
  public static Image inspect(byte[] bytes, Set<String> accepted, Refusals refusals) {
    Image image = sniffed(bytes, refusals);
    if (!accepted.contains(image.mediaType())) {
      throw new BusinessException(refusals.notAnImage());
    }
    return image;
  }

  private static Image sniffed(byte[] bytes, Refusals refusals) {
    if (startsWith(bytes, PNG)) {
      return decoded(bytes, "image/png", "png", refusals);
    }
    if (startsWith(bytes, JPEG)) {
      return decoded(bytes, "image/jpeg", "jpeg", refusals);
    }
    if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
      return decoded(bytes, "image/gif", "gif", refusals);
    }
    if (isRiffWebp(bytes)) {
      return webp(bytes, refusals);
    }
    throw new BusinessException(refusals.notAnImage());
  }

  /** Decodes the image with the reader of its format (and no other), thinned out when large. */
  private static Image decoded(byte[] bytes, String mediaType, String format, Refusals refusals) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      while (readers.hasNext()) {
        ImageReader reader = readers.next();
        try {
          if (!reader.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
            continue;
          }
          reader.setInput(in, true, true);
          int width = reader.getWidth(0);
          int height = reader.getHeight(0);
          checkSize(width, height, refusals);
          ImageReadParam param = reader.getDefaultReadParam();
          int step = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
          if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
          }
          if (reader.canReadRaster()) {
            reader.readRaster(0, param); // also CMYK JPEGs, which read() does not take
          } else {
            reader.read(0, param);
          }
          return new Image(mediaType, width, height);
        } finally {
          reader.dispose();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessException refused) {
        throw refused;
      }
      throw new BusinessException(refusals.notAnImage());
    }
    throw new BusinessException(refusals.notAnImage());
  }

  /** "RIFF", the length of what follows (within the bytes), "WEBP". */
  private static boolean isRiffWebp(byte[] bytes) {
    if (bytes.length < 30
        || !startsWith(bytes, new byte[] {'R', 'I', 'F', 'F'})
        || bytes[8] != 'W'
        || bytes[9] != 'E'
        || bytes[10] != 'B'
        || bytes[11] != 'P') {
      return false;
    }
    long riff = littleEndian(bytes, 4, 4);
    return riff >= 22 && riff + 8 <= bytes.length;
  }

  /** A WebP's size from its first chunk: extended (VP8X), lossy (VP8) or lossless (VP8L). */
  private static Image webp(byte[] bytes, Refusals refusals) {
    String chunk = new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    int width;
    int height;
    switch (chunk) {
      case "VP8X" -> {
        width = (int) littleEndian(bytes, 24, 3) + 1;
        height = (int) littleEndian(bytes, 27, 3) + 1;
      }
      case "VP8 " -> {
        if ((bytes[23] & 0xff) != 0x9d
            || (bytes[24] & 0xff) != 0x01
            || (bytes[25] & 0xff) != 0x2a) {
          throw new BusinessException(refusals.notAnImage());
        }
        width = (int) littleEndian(bytes, 26, 2) & 0x3fff;
        height = (int) littleEndian(bytes, 28, 2) & 0x3fff;
      }
      case "VP8L" -> {
        if ((bytes[20] & 0xff) != 0x2f) {
          throw new BusinessException(refusals.notAnImage());
        }
        long bits = littleEndian(bytes, 21, 4);
        width = (int) (bits & 0x3fff) + 1;
        height = (int) ((bits >> 14) & 0x3fff) + 1;
      }
      default -> throw new BusinessException(refusals.notAnImage());
    }
    if (width <= 0 || height <= 0) {
      throw new BusinessException(refusals.notAnImage());
    }
    checkSize(width, height, refusals);
    return new Image("image/webp", width, height);
  }

  private static void checkSize(int width, int height, Refusals refusals) {
    if (width <= 0 || height <= 0) {
      throw new BusinessException(refusals.notAnImage());
    }
    if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
      throw new BusinessException(refusals.tooManyPixels(), MAX_SIDE, MAX_PIXELS / 1_000_000);
    }
  }

  private static long littleEndian(byte[] bytes, int offset, int length) {
    long value = 0;
    for (int i = length - 1; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xff);
    }
    return value;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
