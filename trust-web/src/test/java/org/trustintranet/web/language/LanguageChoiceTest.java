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
  void theSwitchComesBackToThisPageOnThisSite() {
    assertEquals(
        "/schools/members.xhtml?id=3", LanguageLink.address("/schools/members.xhtml", "id=3"));
    assertEquals("/index.xhtml", LanguageLink.address("/index.xhtml", null));
    assertEquals("/evil.example/x.xhtml", LanguageLink.localPath("//evil.example/x.xhtml"));
    assertEquals("/evil.example/x.xhtml", LanguageLink.localPath("/\\evil.example/x.xhtml"));
    assertEquals(
        "/index.xhtmlSet-Cookie: a", LanguageLink.localPath("/index.xhtml\r\nSet-Cookie: a"));
    assertEquals("/https://evil.example", LanguageLink.localPath("https://evil.example"));
  }
}
