package org.trustintranet.resources.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file of a resource: its bytes in the file store (SHA-256 content id), the cleaned name it was
 * uploaded under ({@link SafeFileName}), the type detected in its bytes and its size.
 */
public record StoredFile(String contentId, String fileName, String mediaType, long size) {
  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

  public StoredFile {
    Objects.requireNonNull(contentId, "contentId");
    if (!SHA_256_HEX.matcher(contentId).matches()) {
      throw new IllegalArgumentException("not a content id: " + contentId);
    }
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
