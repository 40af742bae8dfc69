package org.trustintranet.resources.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class DownloadFileTest {
  @Test
  void theAsciiNameIsTheSafeFileNamesFallback() {
    DownloadFile file =
        new DownloadFile(
            "0".repeat(64),
            "Ffracsiynau – ŵyl \"1\".docx",
            "application/octet-stream",
            3,
            () -> new ByteArrayInputStream(new byte[3]));
    assertEquals("Ffracsiynau _ wyl _1_.docx", file.asciiFileName());
  }
}
