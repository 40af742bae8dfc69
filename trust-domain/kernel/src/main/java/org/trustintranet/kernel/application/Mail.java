package org.trustintranet.kernel.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustintranet.kernel.domain.Language;

/**
 * One e-mail to one person, already written in their language: a subject, a plain-text body and the
 * same text as HTML (mail readers show whichever they can). {@code headers} carries extra headers
 * such as {@code List-Unsubscribe}; the mailer sets From, To, Date and Content-Language itself.
 *
 * @param to the recipient's address
 * @param language the language the text is written in, sent as {@code Content-Language}
 * @param subject one line, without line breaks
 * @param text the plain-text body
 * @param html the HTML body: a whole document or a fragment, already escaped by whoever wrote it
 * @param headers extra headers, name to value, each value on one line
 * @param attachments files sent with the mail, in order (most mails have none)
 */
public record Mail(
    String to,
    Language language,
    String subject,
    String text,
    String html,
    Map<String, String> headers,
    List<MailAttachment> attachments) {

  /** The longest subject sent; longer ones are refused rather than cut without notice. */
  public static final int MAX_SUBJECT = 200;

  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    headers = Map.copyOf(headers);
    attachments = List.copyOf(attachments);
    if (to.isBlank()) {
      throw new IllegalArgumentException("A mail needs a recipient");
    }
    if (subject.isBlank() || subject.length() > MAX_SUBJECT || breaksLine(subject)) {
      throw new IllegalArgumentException("A subject is one line of 1 to " + MAX_SUBJECT + " chars");
    }
    headers.forEach(
        (name, value) -> {
          if (breaksLine(name) || breaksLine(value) || name.isBlank()) {
            throw new IllegalArgumentException("A header is one line: " + name);
          }
        });
  }

  /** A mail without attachments. */
  public Mail(
      String to,
      Language language,
      String subject,
      String text,
      String html,
      Map<String, String> headers) {
    this(to, language, subject, text, html, headers, List.of());
  }

  /** A mail without extra headers. */
  public Mail(String to, Language language, String subject, String text, String html) {
    this(to, language, subject, text, html, Map.of(), List.of());
  }

  /** This mail with {@code attachment} added after those it has. */
  public Mail with(MailAttachment attachment) {
    List<MailAttachment> more = new ArrayList<>(attachments);
    more.add(attachment);
    return new Mail(to, language, subject, text, html, headers, more);
  }

  private static boolean breaksLine(String value) {
    return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
  }
}
