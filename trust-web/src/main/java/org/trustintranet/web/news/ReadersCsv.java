package org.trustintranet.web.news;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trustintranet.news.application.ReaderAcknowledgement;
import org.trustintranet.web.support.Dates;

/**
 * A must-read's readers as a CSV file for a spreadsheet: school, name, job title and when each
 * confirmed (UK time, sortable; empty when not yet). UTF-8 with a byte order mark, so that Excel
 * reads "Siân" as written. A cell that a spreadsheet would take for a formula (starting with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe, so a name like "=HYPERLINK(…)" stays
 * text.
 */
final class ReadersCsv {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dates.TRUST_ZONE);

  private ReadersCsv() {}

  /** Writes the header (in the page's language) and one line per reader. */
  static void write(List<String> header, List<ReaderAcknowledgement> readers, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(header.stream().map(ReadersCsv::cell).toList());
    for (ReaderAcknowledgement r : readers) {
      csv.printRecord(
          cell(r.schoolName()),
          cell(r.name()),
          cell(r.jobTitle()),
          r.acknowledgedAt() == null ? "" : WHEN.format(r.acknowledgedAt()));
    }
    csv.flush();
  }

  /** The text as a spreadsheet shows it, never as a formula. */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
