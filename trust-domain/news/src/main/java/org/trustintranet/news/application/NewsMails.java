package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.news.domain.DigestFrequency;

/**
 * Writes the news context's mails in the recipient's language, from the bundles: the must-read
 * reminder and the digest, each as plain text and as HTML with every value escaped.
 */
@ApplicationScoped
public class NewsMails {
  /** The most posts one digest lists; the rest are counted. */
  public static final int DIGEST_POSTS = 20;

  @Inject Texts texts;
  @Inject NewsLinks links;

  /** One post of a digest. */
  public record DigestItem(long postId, String title, String summary) {}

  /** "Please read": to a reader who has not confirmed a must-read post yet. */
  public Mail reminder(Addressee to, long postId, String title, String sender) {
    Language lang = to.language();
    String link = links.post(postId);
    String greeting = texts.text(lang, "mail.news.greeting", to.displayName());
    String ask = texts.text(lang, "mail.news.reminder.body", sender, title);
    String action = texts.text(lang, "mail.news.reminder.action");
    String why = texts.text(lang, "mail.news.reminder.why");
    String text =
        greeting + "\n\n" + ask + "\n\n" + action + ": " + link + "\n\n-- \n" + why + "\n";
    String html =
        "<p>"
            + escape(greeting)
            + "</p><p>"
            + escape(ask)
            + "</p><p><a href=\""
            + escape(link)
            + "\">"
            + escape(action)
            + "</a></p><hr><p><small>"
            + escape(why)
            + "</small></p>";
    return new Mail(
        to.email(),
        lang,
        subject(texts.text(lang, "mail.news.reminder.subject", title)),
        text,
        html);
  }

  /**
   * The digest of {@code items} (newest first, at most {@link #DIGEST_POSTS} of them used), with
   * the one-click unsubscribe headers of RFC 8058.
   */
  public Mail digest(
      Addressee to, DigestFrequency frequency, List<DigestItem> items, String token) {
    Language lang = to.language();
    List<DigestItem> shown = items.subList(0, Math.min(items.size(), DIGEST_POSTS));
    String greeting = texts.text(lang, "mail.news.greeting", to.displayName());
    String intro = texts.text(lang, "mail.news.digest.intro." + frequency.name());
    String unsubscribe = links.unsubscribePage(token);
    String stop = texts.text(lang, "mail.news.digest.unsubscribe");
    String change = texts.text(lang, "mail.news.digest.change");
    StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
    StringBuilder html =
        new StringBuilder("<p>")
            .append(escape(greeting))
            .append("</p><p>")
            .append(escape(intro))
            .append("</p><ul>");
    for (DigestItem item : shown) {
      String link = links.post(item.postId());
      text.append("* ").append(item.title()).append('\n');
      if (!item.summary().isBlank()) {
        text.append("  ").append(item.summary()).append('\n');
      }
      text.append("  ").append(link).append("\n\n");
      html.append("<li><a href=\"")
          .append(escape(link))
          .append("\">")
          .append(escape(item.title()))
          .append("</a>");
      if (!item.summary().isBlank()) {
        html.append("<br>").append(escape(item.summary()));
      }
      html.append("</li>");
    }
    html.append("</ul>");
    if (items.size() > shown.size()) {
      String more = texts.text(lang, "mail.news.digest.more", items.size() - shown.size());
      text.append(more).append('\n');
      html.append("<p>").append(escape(more)).append("</p>");
    }
    text.append("\n-- \n")
        .append(change)
        .append(": ")
        .append(links.profile())
        .append('\n')
        .append(stop)
        .append(": ")
        .append(unsubscribe)
        .append('\n');
    html.append("<hr><p><small><a href=\"")
        .append(escape(links.profile()))
        .append("\">")
        .append(escape(change))
        .append("</a> | <a href=\"")
        .append(escape(unsubscribe))
        .append("\">")
        .append(escape(stop))
        .append("</a></small></p>");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + links.oneClickUnsubscribe(token) + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    String subject = subject(texts.text(lang, "mail.news.digest.subject." + frequency.name()));
    return new Mail(to.email(), lang, subject, text.toString(), html.toString(), headers);
  }

  /** One line of at most {@link Mail#MAX_SUBJECT} characters (a long title is cut). */
  static String subject(String text) {
    String line = text.replaceAll("[\\r\\n]+", " ").strip();
    return line.length() <= Mail.MAX_SUBJECT
        ? line
        : line.substring(0, Mail.MAX_SUBJECT - 1).strip() + "\u2026";
  }

  /** Text as HTML text or attribute value. */
  static String escape(String value) {
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
}
