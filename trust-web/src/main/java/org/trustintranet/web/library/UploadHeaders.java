package org.trustintranet.web.library;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the library's upload address reads from a request's headers, apart from its body: the file's
 * name, which a browser sends percent-encoded UTF-8 ({@code encodeURIComponent}, or RFC 5987's
 * {@code UTF-8''} form), and whether the declared length is already over the limit.
 */
final class UploadHeaders {
  /** The header that names the file. */
  static final String FILE_NAME = "X-File-Name";

  /** The header that carries the page's upload token. */
  static final String TOKEN = "X-Upload-Token";

  private static final String RFC_5987_PREFIX = "utf-8''";

  private UploadHeaders() {}

  /**
   * The file name in the header, decoded; empty when the header is absent, blank, or not
   * percent-encoded UTF-8 (a stray {@code %}, a bad hex digit, bytes that are not UTF-8). A plus
   * sign stays a plus sign: this is not a form field.
   */
  static Optional<String> fileName(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String encoded = header.strip();
    if (encoded.regionMatches(true, 0, RFC_5987_PREFIX, 0, RFC_5987_PREFIX.length())) {
      encoded = encoded.substring(RFC_5987_PREFIX.length());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return Optional.empty();
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c > 0x20 && c < 0x7f) {
        bytes.write(c);
      } else {
        return Optional.empty(); // a header's raw bytes are not a name's encoding
      }
    }
    try {
      String name =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      return name.isBlank() ? Optional.empty() : Optional.of(name);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * True when the request says beforehand that its body is longer than {@code maxBytes}; a body of
   * unknown length ({@code -1}, chunked) is counted as it streams in instead.
   */
  static boolean declaredTooLarge(long contentLength, long maxBytes) {
    return contentLength > maxBytes;
  }

  /** The limit in whole megabytes (at least 1), as the refusal says it. */
  static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }
}
