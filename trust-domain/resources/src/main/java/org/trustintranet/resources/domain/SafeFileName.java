package org.trustintranet.resources.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name an uploaded file is kept and offered for download under, made from whatever the browser
 * sent: only the last path part ({@code C:\fakepath\a.pdf} and {@code ../../a.pdf} are {@code
 * a.pdf}), no control or separator characters, no name Windows reserves ({@code CON}, {@code
 * LPT1}), no leading or trailing dots and spaces, and at most {@link #MAX_BYTES} bytes of UTF-8
 * (the extension kept). Letters of every language stay. The stored file itself is named by its
 * hash: this name is only ever metadata.
 */
public final class SafeFileName {
  /** The longest name kept, in characters (the column). */
  public static final int MAX_LENGTH = 255;

  /** The longest name kept, in bytes of UTF-8 (what file systems allow). */
  public static final int MAX_BYTES = 200;

  private static final String FALLBACK = "file";
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"/\\\\|?*]");
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private SafeFileName() {}

  /** The clean name of a file uploaded as {@code submitted} (null or empty gives "file"). */
  public static String of(String submitted) {
    if (submitted == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = UNSAFE.matcher(name).replaceAll("_").strip();
    name = name.replaceAll("^[. ]+|[. ]+$", "");
    if (name.isEmpty()) {
      return FALLBACK;
    }
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return shorten(name);
  }

  /** Cuts the stem so that the whole name fits {@link #MAX_BYTES}, keeping a short extension. */
  private static String shorten(String name) {
    if (bytes(name) <= MAX_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int budget = MAX_BYTES - bytes(extension);
    StringBuilder kept = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      String c = new String(Character.toChars(cp));
      int size = bytes(c);
      if (used + size > budget) {
        break;
      }
      kept.append(c);
      used += size;
      i += Character.charCount(cp);
    }
    return kept.toString().strip() + extension;
  }

  /**
   * The name in plain ASCII for the {@code filename} parameter of Content-Disposition (RFC 6266),
   * for clients that do not read {@code filename*}: letters lose their accents, anything else not
   * printable ASCII or a quote becomes "_".
   */
  public static String asciiFallback(String safeName) {
    String stripped = Normalizer.normalize(safeName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder(stripped.length());
    for (char c : stripped.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    return ascii.toString();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
