package org.trustintranet.web.support;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment}, the name in plain
 * ASCII for old clients ({@code filename}) and in full, UTF-8 percent-encoded as RFC 8187 says
 * ({@code filename*}), so that "Ffracsiynau – ŵyl.docx" reaches the reader's disk as it was named.
 */
public final class Attachment {
  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Attachment() {}

  /** The header's value for a file called {@code name} (already cleaned by the service). */
  public static String disposition(String name) {
    return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encode(name);
  }

  /**
   * The name in plain ASCII for {@code filename}: letters lose their accents, anything else not
   * printable ASCII, a quote, a backslash or a percent sign becomes "_" (the rule of the resources
   * context's SafeFileName.asciiFallback, which the screens may not call: it is its domain's).
   */
  static String ascii(String name) {
    String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder(stripped.length());
    for (char c : stripped.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    return ascii.toString();
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
