package org.trustintranet.news.application;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitises a post's body on the way in to a small allow-list: paragraphs, line breaks, emphasis,
 * lists, quotes, sub-headings and links (http, https, mailto; opened without handing the intranet
 * to the target). Scripts, styles, event handlers, frames, images, forms and every other element or
 * attribute are dropped; text is kept, escaped.
 */
final class RichText {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "ul",
              "ol",
              "li",
              "blockquote",
              "h2",
              "h3",
              "h4",
              "a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .toFactory();

  private RichText() {}

  /** The HTML with only what the allow-list keeps. */
  static String sanitise(String html) {
    return html == null ? "" : POLICY.sanitize(html).strip();
  }

  /** True when the sanitised HTML has no text at all (e.g. only markup, or only a script). */
  static boolean isEmpty(String sanitised) {
    return sanitised
        .replaceAll("<[^>]*>", "")
        .replace("&nbsp;", "")
        .replace("&#160;", "")
        .isBlank();
  }
}
