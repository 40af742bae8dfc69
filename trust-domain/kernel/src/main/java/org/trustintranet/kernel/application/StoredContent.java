package org.trustintranet.kernel.application;

import java.util.Objects;

/** What the file store holds after a store: the content's id and its length in bytes. */
public record StoredContent(ContentId id, long size) {
  public StoredContent {
    Objects.requireNonNull(id, "id");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }
}
