package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentTest {
  @Test
  void aPlainNameIsTheSameInBothParameters() {
    assertEquals(
        "attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf",
        Attachment.disposition("plan.pdf"));
  }

  @Test
  void aWelshNameIsPercentEncodedInUtf8() {
    assertEquals(
        "attachment; filename=\"Ffracsiynau _ wyl.docx\";"
            + " filename*=UTF-8''Ffracsiynau%20%E2%80%93%20%C5%B5yl.docx",
        Attachment.disposition("Ffracsiynau – ŵyl.docx"));
  }

  @Test
  void theAsciiNameHasNoQuoteBackslashPercentOrControl() {
    assertEquals("a_b_c_d_e.txt", Attachment.ascii("a\"b\\c%d\u0007e.txt"));
    assertEquals("Creme brulee.pdf", Attachment.ascii("Crème brûlée.pdf"));
  }

  @Test
  void quotesSemicolonsAndPercentsAreEncoded() {
    assertEquals("a%22b%3Bc%25d%27e", Attachment.encode("a\"b;c%d'e"));
  }
}
