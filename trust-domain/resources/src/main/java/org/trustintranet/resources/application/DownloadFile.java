package org.trustintranet.resources.application;

import java.io.InputStream;
import java.util.function.Supplier;
import org.trustintranet.resources.domain.SafeFileName;

/**
 * A file to send: content id (the ETag), the cleaned file name, the detected type, the size, and
 * the bytes, opened by whoever sends them (and closed by them); the supplier throws {@code
 * NotFoundException} when the store lost them.
 */
public record DownloadFile(
    String contentId, String fileName, String mediaType, long size, Supplier<InputStream> open) {

  /**
   * The file name in plain ASCII, for clients that do not read the UTF-8 name ({@link
   * SafeFileName#asciiFallback}).
   */
  public String asciiFileName() {
    return SafeFileName.asciiFallback(fileName);
  }
}
