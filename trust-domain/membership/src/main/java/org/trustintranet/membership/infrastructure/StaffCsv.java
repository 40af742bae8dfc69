package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.membership.application.StaffFileReader;
import org.trustintranet.membership.domain.StaffColumn;
import org.trustintranet.membership.domain.StaffImportPlanner;
import org.trustintranet.membership.domain.StaffLine;

/**
 * Reads a staff import file: UTF-8 (with or without a byte order mark), lines ending in CRLF or LF,
 * fields optionally quoted. The first non-blank line is a header naming the columns in any order
 * (see {@link StaffColumn}); columns it does not know are ignored. Blank lines, and lines whose
 * cells are all blank (spreadsheets write ",,,"), are skipped.
 *
 * <p>What makes the whole file unusable is a {@link BusinessException}: {@code error.import.empty},
 * {@code error.import.header} (argument: the missing or repeated columns), {@code
 * error.import.tooLarge} (argument: {@link StaffImportPlanner#MAX_ROWS}), {@code
 * error.import.fileTooBig} (argument: the limit in millions of characters) or {@code
 * error.import.unreadable} (not UTF-8 text, or broken quoting). What is wrong with one row is left
 * to {@link StaffImportPlanner}. Cell text is never interpreted: "=HYPERLINK(…)" is a name like any
 * other. Commons CSV does the parsing.
 */
@ApplicationScoped
public class StaffCsv implements StaffFileReader {

  /** Far more than 10,000 honest rows need; stops a huge upload from filling memory. */
  public static final int MAX_CHARACTERS = 16_000_000;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  @Override
  public List<StaffLine> lines(InputStream csv) {
    return read(csv);
  }

  /**
   * The data rows of the file, in file order. Reads {@code csv} to the end; the caller closes it.
   */
  public static List<StaffLine> read(InputStream csv) {
    try {
      Reader reader = withoutByteOrderMark(new GuardedReader(utf8(csv)));
      CSVParser parser = CSVParser.parse(reader, FORMAT);
      return lines(parser);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BusinessException("error.import.unreadable");
    }
  }

  private static List<StaffLine> lines(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    Map<StaffColumn, Integer> columns = null;
    int headerCells = 0;
    List<StaffLine> lines = new ArrayList<>();
    while (true) {
      int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
      if (!records.hasNext()) {
        break;
      }
      CSVRecord record = records.next();
      if (isBlank(record)) {
        continue;
      }
      if (columns == null) {
        columns = header(record);
        headerCells = record.size();
        continue;
      }
      if (lines.size() == StaffImportPlanner.MAX_ROWS) {
        throw new BusinessException("error.import.tooLarge", StaffImportPlanner.MAX_ROWS);
      }
      lines.add(line(line, record, columns, headerCells));
    }
    if (lines.isEmpty()) {
      throw new BusinessException("error.import.empty");
    }
    return lines;
  }

  private static Map<StaffColumn, Integer> header(CSVRecord record) {
    Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
    StringJoiner problems = new StringJoiner(", ");
    for (int i = 0; i < record.size(); i++) {
      Optional<StaffColumn> column = StaffColumn.named(record.get(i));
      if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
        problems.add(column.get().label());
      }
    }
    for (StaffColumn column : StaffColumn.values()) {
      if (column.isRequired() && !columns.containsKey(column)) {
        problems.add(column.label());
      }
    }
    if (problems.length() > 0) {
      throw new BusinessException("error.import.header", problems.toString());
    }
    return columns;
  }

  private static StaffLine line(
      int line, CSVRecord record, Map<StaffColumn, Integer> columns, int headerCells) {
    return new StaffLine(
        line,
        cell(record, columns, StaffColumn.EMAIL),
        cell(record, columns, StaffColumn.GIVEN_NAME),
        cell(record, columns, StaffColumn.FAMILY_NAME),
        cell(record, columns, StaffColumn.JOB_TITLE),
        cell(record, columns, StaffColumn.ROLE),
        record.size(),
        headerCells);
  }

  private static String cell(
      CSVRecord record, Map<StaffColumn, Integer> columns, StaffColumn column) {
    Integer position = columns.get(column);
    if (position == null) {
      return null;
    }
    String text = position < record.size() ? record.get(position).strip() : "";
    return text.length() > column.maxLength() ? text.substring(0, column.maxLength()) + "…" : text;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /**
   * Stops at a NUL character (binary files are not staff lists, even when they happen to be valid
   * UTF-8) and after {@link #MAX_CHARACTERS}.
   */
  private static final class GuardedReader extends FilterReader {
    private long count;

    GuardedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        check(1);
        if (c == 0) {
          throw new BusinessException("error.import.unreadable");
        }
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        check(n);
        for (int i = offset; i < offset + n; i++) {
          if (buffer[i] == 0) {
            throw new BusinessException("error.import.unreadable");
          }
        }
      }
      return n;
    }

    private void check(int read) {
      count += read;
      if (count > MAX_CHARACTERS) {
        throw new BusinessException("error.import.fileTooBig", MAX_CHARACTERS / 1_000_000);
      }
    }
  }
}
