package org.trustintranet.news.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CommentTextTest {
  @Test
  void markupIsDroppedTextKeptAndEscaped() {
    String stored = CommentText.sanitise("<b>Great</b> <script>alert(1)</script>idea & more <3");
    assertFalse(stored.contains("<b>"));
    assertFalse(stored.contains("<script"));
    assertFalse(stored.contains("alert(1)"), "a script's text goes with it");
    assertEquals("Great idea &amp; more &lt;3", stored);
  }

  @Test
  void linesBecomeLineBreaksAndComeBackForEditing() {
    String typed = "First line\r\nSecond <line> \"quoted\" @home + 'x' = `y`\n\nFourth";
    String stored = CommentText.sanitise(typed);
    assertEquals(4, stored.split("<br>", -1).length);
    assertEquals(typed.replace("\r\n", "\n").replace("<line>", ""), CommentText.toText(stored));
  }

  @Test
  void eventHandlersAndLinksAreText() {
    String stored =
        CommentText.sanitise("<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">go</a>");
    assertEquals("go", stored);
  }

  @Test
  void nothingStaysNothing() {
    assertEquals("", CommentText.sanitise(null));
    assertEquals("", CommentText.sanitise("   \n "));
  }
}
