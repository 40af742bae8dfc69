package org.trustintranet.news.domain;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text a post is found by: its title, summary, tags and body, the body's HTML reduced to
 * its words (paragraphs and other blocks become spaces, emphasis and links nothing, character
 * references their characters). Kept with the post ({@code post.search_text}) and indexed by the
 * database's full-text index; the post computes it whenever its content or tags change, and the
 * migration that added the column computed it for the posts already there.
 */
public final class SearchText {
  /** Emphasis and links run within a word ("<b>wo</b>rd" is "word"). */
  private static final Pattern INLINE =
      Pattern.compile("</?(?:a|b|em|i|s|strong|u)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);

  /** Paragraphs, line breaks, list items, quotes and headings separate words. */
  private static final Pattern ELEMENT = Pattern.compile("<[^>]*>");

  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private SearchText() {}

  /** The text of a post with this content and these tags. */
  public static String of(String title, String summary, String bodyHtml, Collection<String> tags) {
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    if (summary != null && !summary.isBlank()) {
      text.append('\n').append(summary);
    }
    if (!tags.isEmpty()) {
      text.append('\n').append(String.join(", ", tags));
    }
    String body = plain(bodyHtml);
    if (!body.isEmpty()) {
      text.append('\n').append(body);
    }
    return text.toString().strip();
  }

  /** The words of sanitised HTML: no element, references decoded, spaces made single. */
  public static String plain(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = ELEMENT.matcher(INLINE.matcher(html).replaceAll("")).replaceAll(" ");
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder decoded = new StringBuilder(text.length());
    while (reference.find()) {
      reference.appendReplacement(decoded, Matcher.quoteReplacement(decode(reference.group(1))));
    }
    reference.appendTail(decoded);
    return SPACES.matcher(decoded).replaceAll(" ").strip();
  }

  private static String decode(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return codePoint(Integer.parseInt(name.substring(2), 16), name);
    }
    if (name.startsWith("#")) {
      return codePoint(Integer.parseInt(name.substring(1)), name);
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> "&" + name + ";";
    };
  }

  private static String codePoint(int value, String name) {
    return Character.isValidCodePoint(value) && value != 0
        ? new String(Character.toChars(value))
        : "&" + name + ";";
  }
}
