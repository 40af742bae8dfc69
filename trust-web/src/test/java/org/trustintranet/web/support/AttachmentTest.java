package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttachmentTest {
  @Test
  void aPlainNameIsTheSameInBothParameters() {
    assertEquals(
        "attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf",
        Attachment.disposition("plan.pdf", "plan.pdf"));
  }

  @Test
  void aWelshNameIsPercentEncodedInUtf8() {
    assertEquals(
        "attachment; filename=\"Ffracsiynau _ wyl.docx\";"
            + " filename*=UTF-8''Ffracsiynau%20%E2%80%93%20%C5%B5yl.docx",
        Attachment.disposition("Ffracsiynau – ŵyl.docx", "Ffracsiynau _ wyl.docx"));
  }

  @Test
  void anAsciiNameThatCouldBreakTheHeaderIsRefused() {
    for (String bad : new String[] {"a\"b.pdf", "a\\b.pdf", "a%b.pdf", "a\r\nb.pdf", "ŵyl.pdf"}) {
      assertThrows(IllegalArgumentException.class, () -> Attachment.disposition(bad, bad), bad);
    }
  }

  @Test
  void quotesSemicolonsAndPercentsAreEncoded() {
    assertEquals("a%22b%3Bc%25d%27e", Attachment.encode("a\"b;c%d'e"));
  }
}
