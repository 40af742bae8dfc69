package org.trustintranet.news.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.news.domain.DigestFrequency;

class NewsMailsTest {
  private final NewsMails mails = new NewsMails();

  NewsMailsTest() {
    // the key and its arguments stand for the text: what matters here is what is put where
    mails.texts = (language, key, args) -> language.tag() + ":" + key + List.of(args);
    mails.links = new NewsLinks("https://intranet.oak.test/");
  }

  private static final Addressee JO =
      new Addressee(5, "Jo <b>Jones</b>", "jo@oak.test", Language.WELSH);

  @Test
  void aReminderIsInTheReadersLanguageWithTheLinkAndEveryValueEscapedInHtml() {
    Mail mail = mails.reminder(JO, 42, "Fire <script>alert(1)</script>", "Sam & Co");
    assertEquals("jo@oak.test", mail.to());
    assertEquals(Language.WELSH, mail.language());
    assertTrue(mail.subject().startsWith("cy:mail.news.reminder.subject"));
    assertTrue(mail.text().contains("https://intranet.oak.test/news/post.xhtml?id=42"));
    assertTrue(mail.text().contains("Fire <script>"), "plain text stays as typed");
    assertFalse(mail.html().contains("<script>"), mail.html());
    assertFalse(mail.html().contains("<b>Jones"), mail.html());
    assertTrue(mail.html().contains("Fire &lt;script&gt;"));
    assertTrue(mail.html().contains("Sam &amp; Co"));
  }

  @Test
  void aLongTitleIsCutToOneSubjectLine() {
    Mail mail = mails.reminder(JO, 1, "Word\r\n".repeat(80), "Sam");
    assertTrue(mail.subject().length() <= Mail.MAX_SUBJECT);
    assertFalse(mail.subject().contains("\n"));
    assertTrue(mail.subject().endsWith("\u2026"));
  }

  @Test
  void aDigestListsTwentyPostsCountsTheRestAndCarriesTheOneClickHeaders() {
    List<NewsMails.DigestItem> items = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      items.add(new NewsMails.DigestItem(i, "Post " + i, i % 2 == 0 ? "" : "Summary " + i));
    }
    Mail mail = mails.digest(JO, DigestFrequency.WEEKLY, items, "tok-en_1");
    assertTrue(mail.subject().startsWith("cy:mail.news.digest.subject.WEEKLY"));
    assertTrue(mail.text().contains("post.xhtml?id=20"));
    assertFalse(mail.text().contains("post.xhtml?id=21"), "twenty at most");
    assertTrue(mail.text().contains("mail.news.digest.more[5]"));
    assertEquals(
        "<https://intranet.oak.test/mail/unsubscribe?token=tok-en_1>",
        mail.headers().get("List-Unsubscribe"));
    assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
    assertTrue(mail.html().contains("news/unsubscribe.xhtml?token=tok-en_1"));
  }
}
