package org.trustintranet.web.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.news.application.ReaderAcknowledgement;

class ReadersCsvTest {
  @Test
  void oneLinePerReaderInUkTimeWithABomForSpreadsheets() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadersCsv.write(
        List.of("School", "Name", "Job title", "Confirmed"),
        List.of(
            new ReaderAcknowledgement(
                1,
                "Ysgol Gymraeg Bryn Derw",
                7,
                "Siân Bowen",
                "Athrawes, Blwyddyn 2",
                Instant.parse("2026-07-01T08:05:00Z")),
            new ReaderAcknowledgement(1, "Oakfield", 8, "Tom \"TJ\" Fletcher", null, null)),
        out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFSchool,Name,Job title,Confirmed\r\n"
            + "Ysgol Gymraeg Bryn Derw,Siân Bowen,\"Athrawes, Blwyddyn 2\",2026-07-01 09:05\r\n"
            + "Oakfield,\"Tom \"\"TJ\"\" Fletcher\",,\r\n",
        csv,
        "summer time: 08:05 UTC is 09:05 in the UK; quotes and commas escaped");
  }

  @Test
  void aFormulaStaysText() {
    assertEquals("'=HYPERLINK(\"http://x\")", ReadersCsv.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("'+44 1234", ReadersCsv.cell("+44 1234"));
    assertEquals("'-1", ReadersCsv.cell("-1"));
    assertEquals("'@SUM(A1)", ReadersCsv.cell("@SUM(A1)"));
    assertEquals("Head of Year 7", ReadersCsv.cell("Head of Year 7"));
    assertEquals("", ReadersCsv.cell(null));
  }
}
