package org.trustintranet.kernel.application;

/**
 * What every context's mails need to write a {@link Mail}: a subject on one line, values escaped
 * for the HTML body, and the intranet's own address (from {@code trust.url}) to link back to.
 */
public final class MailText {
  private MailText() {}

  /**
   * {@code text} as one subject line of at most {@link Mail#MAX_SUBJECT} characters: line breaks
   * become spaces, and a long text (a long title) is cut with an ellipsis.
   */
  public static String subject(String text) {
    String line = text.replaceAll("[\\r\\n]+", " ").strip();
    return line.length() <= Mail.MAX_SUBJECT
        ? line
        : line.substring(0, Mail.MAX_SUBJECT - 1).strip() + "\u2026";
  }

  /** {@code value} as HTML text or as an attribute value in double or single quotes. */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The address staff open the intranet at ({@code trust.url}, e.g. {@code
   * https://intranet.oak-trust.org/}) without surrounding blanks or a trailing slash, so that a
   * path can be put after it.
   */
  public static String base(String url) {
    String trimmed = url.strip();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
