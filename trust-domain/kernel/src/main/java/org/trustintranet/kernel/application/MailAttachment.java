package org.trustintranet.kernel.application;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small file sent with a {@link Mail}, such as a booking's {@code booking.ics}: its file name,
 * its content type (with parameters, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}) and
 * its bytes, kept whole inside the mail so that it goes with it wherever the mail goes.
 *
 * @param filename a plain file name: letters, digits, dot, dash and underscore
 * @param contentType a MIME type on one line
 * @param content the bytes, at most {@link #MAX_BYTES}
 */
public record MailAttachment(String filename, String contentType, byte[] content) {
  /** The largest attachment taken: mails carry small generated files, never uploads. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public MailAttachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (!FILENAME.matcher(filename).matches() || filename.startsWith(".")) {
      throw new IllegalArgumentException("Not a plain file name: " + filename);
    }
    if (contentType.isBlank() || contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("A content type is one line");
    }
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("An attachment is at most " + MAX_BYTES + " bytes");
    }
    content = content.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailAttachment a
        && filename.equals(a.filename)
        && contentType.equals(a.contentType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filename, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
  }
}
