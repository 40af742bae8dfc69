package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeFileNameTest {
  @Test
  void keepsOnlyTheLastPathPart() {
    assertEquals("plan.docx", SafeFileName.of("C:\\fakepath\\plan.docx"));
    assertEquals("passwd", SafeFileName.of("../../etc/passwd"));
    assertEquals("a.pdf", SafeFileName.of("/var/tmp/a.pdf"));
  }

  @Test
  void dotsAndEmptyNamesBecomeFile() {
    assertEquals("file", SafeFileName.of(".."));
    assertEquals("file", SafeFileName.of("."));
    assertEquals("file", SafeFileName.of(""));
    assertEquals("file", SafeFileName.of(null));
    assertEquals("file", SafeFileName.of("   "));
  }

  @Test
  void reservedWindowsNamesAreDefused() {
    assertEquals("_CON", SafeFileName.of("CON"));
    assertEquals("_con.txt", SafeFileName.of("con.txt"));
    assertEquals("_LPT1.pdf", SafeFileName.of("LPT1.pdf"));
    assertEquals("console.txt", SafeFileName.of("console.txt"));
  }

  @Test
  void controlAndSeparatorCharactersAreReplaced() {
    String name = SafeFileName.of("bad\u0000na\u0007me\r\n<x>|?.pdf");
    assertFalse(name.chars().anyMatch(Character::isISOControl), name);
    assertFalse(name.contains("<") || name.contains("|") || name.contains("?"), name);
    assertTrue(name.endsWith(".pdf"), name);
    assertEquals("report_.pdf", SafeFileName.of("report\u202e.pdf"));
  }

  @Test
  void lettersOfEveryLanguageStay() {
    assertEquals("Cynllun gwers – ŵyl.docx", SafeFileName.of("Cynllun gwers – ŵyl.docx"));
    assertEquals("数学.pdf", SafeFileName.of("数学.pdf"));
  }

  @Test
  void aLongNameIsCutKeepingItsExtension() {
    String name = SafeFileName.of("ŵ".repeat(300) + ".pptx");
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, name);
    assertTrue(name.endsWith(".pptx"), name);
    assertTrue(SafeFileName.of("a".repeat(300)).length() <= SafeFileName.MAX_BYTES);
  }

  @Test
  void asciiFallbackForContentDisposition() {
    assertEquals(
        "Cynllun gwers _ wyl.docx", SafeFileName.asciiFallback("Cynllun gwers – ŵyl.docx"));
    assertEquals("a_b_.pdf", SafeFileName.asciiFallback("a\"b%.pdf"));
    assertEquals("a_b_c_d_e.txt", SafeFileName.asciiFallback("a\"b\\c%d\u0007e.txt"));
    assertEquals("Creme brulee.pdf", SafeFileName.asciiFallback("Crème brûlée.pdf"));
  }
}
