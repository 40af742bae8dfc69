package org.trustintranet.web.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trustintranet.networks.application.RegistrationLine;
import org.trustintranet.web.support.Dates;

/**
 * A programme's registrations as a CSV file for a spreadsheet, school by school: school, name, job
 * title, state (in the reader's words) and when they registered (UK time, sortable). UTF-8 with a
 * byte order mark, so that Excel reads "Siân" as written; a cell a spreadsheet would take for a
 * formula gets a leading apostrophe.
 */
final class RegistrationsCsv {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dates.TRUST_ZONE);

  private RegistrationsCsv() {}

  static void write(
      List<String> header,
      List<RegistrationLine> lines,
      Function<String, String> stateName,
      OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(header.stream().map(RegistrationsCsv::cell).toList());
    for (RegistrationLine r : lines) {
      csv.printRecord(
          cell(r.schoolName()),
          cell(r.name()),
          cell(r.jobTitle()),
          cell(stateName.apply(r.state().name())),
          WHEN.format(r.requestedAt()));
    }
    csv.flush();
  }

  /** The text as a spreadsheet shows it, never as a formula. */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + text : text;
  }
}
