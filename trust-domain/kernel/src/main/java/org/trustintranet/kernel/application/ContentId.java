package org.trustintranet.kernel.application;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names stored content by its SHA-256 hash, as 64 lower-case hex characters. Nothing else is ever
 * accepted, so an id can never smuggle a path (such as {@code ../../etc/passwd}) into the file
 * store.
 */
public record ContentId(String sha256Hex) {
  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final int SHA_256_BYTES = 32;

  public ContentId {
    Objects.requireNonNull(sha256Hex, "sha256Hex");
    if (!SHA_256_HEX.matcher(sha256Hex).matches()) {
      throw new IllegalArgumentException(
          "a content id is 64 lower-case hex characters (a SHA-256 hash): "
              + abbreviate(sha256Hex));
    }
  }

  /** The id of content whose SHA-256 digest is {@code digest}. */
  public static ContentId ofDigest(byte[] digest) {
    if (digest.length != SHA_256_BYTES) {
      throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, not " + digest.length);
    }
    return new ContentId(HexFormat.of().formatHex(digest));
  }

  /** Keeps a rejected value short in the message, whatever a caller passed in. */
  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
