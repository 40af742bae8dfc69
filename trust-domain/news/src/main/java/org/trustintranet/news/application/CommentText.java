package org.trustintranet.news.application;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A comment is plain text. On the way in the sanitiser keeps its text only (every element and
 * attribute dropped, the rest escaped) and line breaks become {@code <br>}; the stored form is safe
 * HTML, shown as it is. {@link #toText} turns it back into what the writer typed, for editing.
 */
final class CommentText {
  private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
  private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  private CommentText() {}

  /** The stored form of what a person typed: escaped text, lines joined with {@code <br>}. */
  static String sanitise(String typed) {
    if (typed == null) {
      return "";
    }
    String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder html = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        html.append("<br>");
      }
      html.append(TEXT_ONLY.sanitize(lines[i]));
    }
    return html.toString();
  }

  /** What the writer typed, from the stored form (for the edit box, which escapes it again). */
  static String toText(String stored) {
    String text = stored.replace("<br>", "\n");
    Matcher m = NUMERIC.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
