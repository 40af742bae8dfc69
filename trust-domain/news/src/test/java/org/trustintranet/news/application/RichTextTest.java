package org.trustintranet.news.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RichTextTest {
  static final List<String> ATTACKS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<p onclick=\"alert(1)\">hi</p>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
          "<svg onload=alert(1)><circle/></svg>",
          "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
          "<p style=\"background:url(javascript:alert(1))\">x</p>",
          "<div><scr<script>ipt>alert(1)</script></div>",
          "<<script>script>alert(1)<</script>/script>",
          "<form action=\"https://evil.example\"><input name=p></form>",
          "<object data=\"x.swf\"></object><embed src=x>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
          "<body onload=alert(1)>");

  @Test
  void keepsTheAllowedFormatting() {
    String html =
        "<h2>Head</h2><p><strong>b</strong> <em>i</em> <u>u</u></p><ul><li>one</li></ul>"
            + "<blockquote>q</blockquote>";
    assertEquals(html, RichText.sanitise(html));
    String link = RichText.sanitise("<a href=\"https://example.org/x\">x</a>");
    assertTrue(link.contains("href=\"https://example.org/x\""), link);
    assertTrue(link.contains("rel=\"noopener noreferrer nofollow\""), link);
  }

  @Test
  void dropsEveryLiveThingFromTheBattery() {
    for (String attack : ATTACKS) {
      String clean = RichText.sanitise(attack).toLowerCase(Locale.ROOT);
      for (String live :
          List.of(
              "<script",
              "onerror",
              "onload",
              "onclick",
              "javascript:",
              "data:",
              "<svg",
              "<iframe",
              "srcdoc",
              "style=",
              "<form",
              "<input",
              "<object",
              "<embed",
              "<img",
              "<style")) {
        assertFalse(clean.contains(live), attack + " -> " + clean + " still has " + live);
      }
    }
  }

  @Test
  void aBodyOfMarkupOrScriptsAloneIsEmpty() {
    assertTrue(RichText.isEmpty(RichText.sanitise("<script>alert(1)</script>")));
    assertTrue(RichText.isEmpty(RichText.sanitise("<p><br></p>")));
    assertFalse(RichText.isEmpty(RichText.sanitise("<p>words</p>")));
  }

  @Test
  void elExpressionsStayPlainText() {
    assertEquals("#{currentUser.profile()}", RichText.sanitise("#{currentUser.profile()}"));
  }
}
