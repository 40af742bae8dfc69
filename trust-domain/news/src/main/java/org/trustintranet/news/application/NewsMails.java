package org.trustintranet.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailText;
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
            + MailText.escape(greeting)
            + "</p><p>"
            + MailText.escape(ask)
            + "</p><p><a href=\""
            + MailText.escape(link)
            + "\">"
            + MailText.escape(action)
            + "</a></p><hr><p><small>"
            + MailText.escape(why)
            + "</small></p>";
    return new Mail(
        to.email(),
        lang,
        MailText.subject(texts.text(lang, "mail.news.reminder.subject", title)),
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
            .append(MailText.escape(greeting))
            .append("</p><p>")
            .append(MailText.escape(intro))
            .append("</p><ul>");
    for (DigestItem item : shown) {
      String link = links.post(item.postId());
      text.append("* ").append(item.title()).append('\n');
      if (!item.summary().isBlank()) {
        text.append("  ").append(item.summary()).append('\n');
      }
      text.append("  ").append(link).append("\n\n");
      html.append("<li><a href=\"")
          .append(MailText.escape(link))
          .append("\">")
          .append(MailText.escape(item.title()))
          .append("</a>");
      if (!item.summary().isBlank()) {
        html.append("<br>").append(MailText.escape(item.summary()));
      }
      html.append("</li>");
    }
    html.append("</ul>");
    if (items.size() > shown.size()) {
      String more = texts.text(lang, "mail.news.digest.more", items.size() - shown.size());
      text.append(more).append('\n');
      html.append("<p>").append(MailText.escape(more)).append("</p>");
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
        .append(MailText.escape(links.profile()))
        .append("\">")
        .append(MailText.escape(change))
        .append("</a> | <a href=\"")
        .append(MailText.escape(unsubscribe))
        .append("\">")
        .append(MailText.escape(stop))
        .append("</a></small></p>");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + links.oneClickUnsubscribe(token) + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    String subject =
        MailText.subject(texts.text(lang, "mail.news.digest.subject." + frequency.name()));
    return new Mail(to.email(), lang, subject, text.toString(), html.toString(), headers);
  }
}
