package org.trustintranet.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.Language;

class LanguageChoiceTest {
  private static Language browser(String... tags) {
    return LanguageChoice.fromBrowser(
        java.util.Arrays.stream(tags).map(Locale::forLanguageTag).iterator());
  }

  @Test
  void theBrowsersFirstLanguageThatTheIntranetSpeaksWins() {
    assertEquals(Language.WELSH, browser("cy-GB", "en-GB"));
    assertEquals(Language.WELSH, browser("fr", "cy", "en"));
    assertEquals(Language.ENGLISH, browser("en-US", "cy"), "any English before Welsh");
    assertEquals(Language.ENGLISH, browser("de", "fr"), "English when it speaks none of them");
    assertEquals(Language.ENGLISH, LanguageChoice.fromBrowser(Collections.<Locale>emptyIterator()));
    assertEquals(Language.ENGLISH, LanguageChoice.fromBrowser(null));
  }

  @Test
  void theLinkKeepsThePagesQueryAndReplacesAnyEarlierChoice() {
    assertEquals(
        "/index.xhtml?language=cy", LanguageLink.withParameter("/index.xhtml", null, "cy"));
    assertEquals(
        "/schools/members.xhtml?id=3&language=en",
        LanguageLink.withParameter("/schools/members.xhtml", "id=3&language=cy", "en"));
    assertEquals("id=3&q=a", LanguageLink.withoutParameter("language=cy&id=3&q=a&language"));
    assertEquals("", LanguageLink.withoutParameter("language=en"));
    assertEquals("languages=2", LanguageLink.withoutParameter("languages=2"));
  }

  @Test
  void theLinkAndTheRedirectStayOnThisSite() {
    assertEquals("/evil.example/x.xhtml", LanguageLink.localPath("//evil.example/x.xhtml"));
    assertEquals("/evil.example/x.xhtml", LanguageLink.localPath("/\\evil.example/x.xhtml"));
    assertEquals("/index.xhtml", LanguageLink.localPath("/index.xhtml"));
    assertEquals(
        "/evil.example?language=cy", LanguageLink.withParameter("///evil.example", "", "cy"));
  }
}
