package org.trustintranet.kernel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailTextTest {
  @Test
  void aShortSubjectStaysAsItIsButOnOneLine() {
    assertEquals("Please read: Fire drill", MailText.subject("  Please read: Fire drill \n"));
    assertEquals("Fire drill today", MailText.subject("Fire\r\ndrill\n\ntoday"));
  }

  @Test
  void aSubjectOfTheLongestLengthIsKept() {
    String longest = "x".repeat(Mail.MAX_SUBJECT);
    assertEquals(longest, MailText.subject(longest));
  }

  @Test
  void aLongerSubjectIsCutWithAnEllipsis() {
    String cut = MailText.subject("Word ".repeat(80));
    assertEquals(Mail.MAX_SUBJECT, cut.length(), cut);
    assertEquals('\u2026', cut.charAt(cut.length() - 1));
    assertEquals("Word Word", cut.substring(0, 9));
    assertEquals(cut, MailText.subject(cut), "a cut subject is a subject");
  }

  @Test
  void everyCharacterHtmlGivesMeaningToIsEscaped() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Sam &amp; Co&lt;/a&gt;",
        MailText.escape("<a href=\"x\" title='y'>Sam & Co</a>"));
    assertEquals("Caf\u00e9 \u2013 plain", MailText.escape("Caf\u00e9 \u2013 plain"));
    assertEquals("", MailText.escape(""));
  }

  @Test
  void anEscapedAmpersandIsEscapedAgain() {
    assertEquals("&amp;amp;", MailText.escape("&amp;"));
  }

  @Test
  void theBaseAddressLosesBlanksAndOneTrailingSlash() {
    assertEquals("https://intranet.oak.test", MailText.base(" https://intranet.oak.test/ "));
    assertEquals("https://intranet.oak.test", MailText.base("https://intranet.oak.test"));
    assertEquals("http://localhost:8080/trust", MailText.base("http://localhost:8080/trust/"));
  }
}
