package org.trustintranet.rooms.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * The bytes of an image a room's manager chose as its photo, read from the upload up to {@link
 * #MAX_BYTES} (as news banners); not yet checked (the service checks them with {@code
 * UploadedImages} before anything is stored). Shows only its size in text and JSON (the audit trail
 * never holds the bytes).
 */
public final class PhotoUpload implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest photo, in bytes (5 MB, as a news banner). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Message key of the refusal of a file larger than {@link #MAX_BYTES}; argument: megabytes. */
  public static final String TOO_LARGE = "error.rooms.photoTooLarge";

  private final byte[] bytes;

  private PhotoUpload(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads {@code in} to its end (without closing it).
   *
   * @throws BusinessException {@link #TOO_LARGE} when it holds more than {@link #MAX_BYTES}
   */
  public static PhotoUpload read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] read = in.readNBytes(MAX_BYTES + 1);
      if (read.length > MAX_BYTES) {
        throw new BusinessException(TOO_LARGE, MAX_BYTES / (1024 * 1024));
      }
      return new PhotoUpload(read);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded photo", e);
    }
  }

  /** An upload of these bytes (a copy is kept). */
  public static PhotoUpload of(byte[] content) {
    return read(new ByteArrayInputStream(content));
  }

  /** The bytes, as a stream of the copy kept. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /** How many bytes were uploaded. */
  public int getSize() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhotoUpload u && Arrays.equals(bytes, u.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PhotoUpload[" + bytes.length + " bytes]";
  }
}
