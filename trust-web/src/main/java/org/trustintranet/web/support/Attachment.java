package org.trustintranet.web.support;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment}, the name in plain
 * ASCII for old clients ({@code filename}) and in full, UTF-8 percent-encoded as RFC 8187 says
 * ({@code filename*}), so that "Ffracsiynau – ŵyl.docx" reaches the reader's disk as it was named.
 */
public final class Attachment {
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Attachment() {}

  /**
   * The header's value for a file called {@code name} (already cleaned by the service), which
   * clients that do not read {@code filename*} get as {@code asciiName} (the service's plain ASCII
   * form of it, without quotes, backslashes or percent signs).
   *
   * @throws IllegalArgumentException when {@code asciiName} holds anything else than that
   */
  public static String disposition(String name, String asciiName) {
    if (!asciiName.chars().allMatch(c -> c >= 0x20 && c < 0x7f && "\"\\%".indexOf(c) < 0)) {
      throw new IllegalArgumentException("Not a plain ASCII file name: " + asciiName);
    }
    return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encode(name);
  }

  /** Every byte of the UTF-8 name that is not an attr-char of RFC 8187 as {@code %XX}. */
  static String encode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTR_CHARS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
