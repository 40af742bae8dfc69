package org.trustintranet.web.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a download answers to a {@code Range} header (RFC 9110, section 14) for a file of {@code
 * size} bytes: the whole file (no header, another unit, a header that cannot be read, or several
 * ranges, which this server answers whole), one part ({@code bytes=0-9}, {@code bytes=500-}, {@code
 * bytes=-5}, its end cut to the file's), or nothing it can satisfy (a first byte past the end, an
 * empty suffix: 416). Pure: no servlet, no file.
 *
 * @param outcome whole, part or unsatisfiable
 * @param first the first byte sent (0 for the whole file)
 * @param last the last byte sent, inclusive ({@code size - 1} for the whole file)
 */
public record ByteRange(Outcome outcome, long first, long last) {
  /** How the server answers. */
  public enum Outcome {
    /** 200 with every byte. */
    WHOLE,
    /** 206 with the bytes from first to last. */
    PART,
    /** 416, nothing sent. */
    UNSATISFIABLE
  }

  private static final Pattern ONE = Pattern.compile("(\\d*)-(\\d*)");

  /** The answer to {@code header} (may be null) for a file of {@code size} bytes. */
  public static ByteRange of(String header, long size) {
    ByteRange whole = new ByteRange(Outcome.WHOLE, 0, size - 1);
    if (header == null) {
      return whole;
    }
    String value = header.strip();
    int equals = value.indexOf('=');
    if (equals < 0
        || !value.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
      return whole;
    }
    String spec = value.substring(equals + 1).strip();
    if (spec.contains(",")) {
      return whole;
    }
    Matcher range = ONE.matcher(spec);
    if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
      return whole;
    }
    if (range.group(1).isEmpty()) {
      long suffix = number(range.group(2));
      if (suffix == 0 || size == 0) {
        return unsatisfiable(size);
      }
      return new ByteRange(Outcome.PART, Math.max(0, size - suffix), size - 1);
    }
    long first = number(range.group(1));
    long last = range.group(2).isEmpty() ? Long.MAX_VALUE : number(range.group(2));
    if (last < first) {
      return whole; // not a valid range: the header is ignored
    }
    if (first >= size) {
      return unsatisfiable(size);
    }
    return new ByteRange(Outcome.PART, first, Math.min(last, size - 1));
  }

  private static ByteRange unsatisfiable(long size) {
    return new ByteRange(Outcome.UNSATISFIABLE, 0, size - 1);
  }

  /** A number of the header; one too long for a long is as good as endless. */
  private static long number(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
    return trimmed.length() > 18 ? Long.MAX_VALUE : Long.parseLong(trimmed);
  }

  /**
   * True when a range may be answered with a part: no {@code If-Range}, or one naming the file's
   * current entity tag (a strong comparison; a date never matches, as no Last-Modified is sent).
   */
  public static boolean ifRangeHolds(String ifRange, String etag) {
    return ifRange == null || ifRange.strip().equals(etag);
  }

  /** The number of bytes sent. */
  public long length() {
    return outcome == Outcome.UNSATISFIABLE ? 0 : last - first + 1;
  }

  /** The Content-Range header: {@code bytes 0-9/1234}, or {@code bytes *}{@code /1234} for 416. */
  public String contentRange(long size) {
    return outcome == Outcome.UNSATISFIABLE
        ? "bytes */" + size
        : "bytes " + first + "-" + last + "/" + size;
  }
}
