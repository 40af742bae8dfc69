package org.trustintranet.membership.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.membership.domain.StaffImportPlanner;
import org.trustintranet.membership.domain.StaffLine;

public class StaffCsvTest {

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<StaffLine> read(String text) {
    return StaffCsv.read(csv(text));
  }

  private static BusinessException failure(InputStream in) {
    return assertThrows(BusinessException.class, () -> StaffCsv.read(in));
  }

  private static BusinessException failure(String text) {
    return failure(csv(text));
  }

  @Test
  void readsTheColumnsNamedByTheHeader() {
    List<StaffLine> lines =
        read(
            "email,given name,family name,job title,role\nann.lee@oak.sch.uk,Ann,Lee,Head of Maths,teacher\n");

    assertEquals(
        List.of(
            new StaffLine(2, "ann.lee@oak.sch.uk", "Ann", "Lee", "Head of Maths", "teacher", 5, 5)),
        lines);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Email,First Name,Last Name,Role",
        "E-mail,Forename,Surname,ROLE",
        "email_address,given_name,family_name,role",
        "EMAIL , Given-Name , FAMILYNAME , Role ",
        "Role,Surname,Email Address,First name",
        "\"Email\",\"First Name\",\"Last Name\",\"Role\""
      })
  void acceptsHeaderVariantsInAnyOrder(String header) {
    String[] names = header.split(",");
    String[] cells = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      String name = names[i].toLowerCase().replaceAll("[\\s_\"-]", "");
      cells[i] =
          switch (name) {
            case "email", "emailaddress" -> "bo@oak.sch.uk";
            case "firstname", "forename", "givenname" -> "Bo";
            case "lastname", "surname", "familyname" -> "Berg";
            default -> "staff";
          };
    }

    StaffLine line = read(header + "\n" + String.join(",", cells) + "\n").get(0);

    assertEquals("bo@oak.sch.uk", line.email());
    assertEquals("Bo", line.givenName());
    assertEquals("Berg", line.familyName());
    assertEquals("staff", line.role());
    assertNull(line.jobTitle());
  }

  @Test
  void ignoresColumnsItDoesNotKnow() {
    StaffLine line =
        read("notes,email,first name,last name,role,phone\nhi,a@b.org,A,B,staff,0123\n").get(0);

    assertEquals("a@b.org", line.email());
    assertTrue(line.hasAllCells());
  }

  @Test
  void namesTheMissingColumns() {
    BusinessException e = failure("email,first name,job title\na@b.org,A,Head\n");

    assertEquals("error.import.header", e.messageKey());
    assertArrayEquals(new Object[] {"family name, role"}, e.arguments());
  }

  @Test
  void refusesAColumnNamedTwice() {
    BusinessException e = failure("email,first name,forename,last name,role\n");

    assertEquals("error.import.header", e.messageKey());
    assertArrayEquals(new Object[] {"given name"}, e.arguments());
  }

  @Test
  void aFileWithoutHeaderFailsOnTheHeader() {
    assertEquals("error.import.header", failure("ann@oak.sch.uk,Ann,Lee,teacher\n").messageKey());
  }

  @Test
  void toleratesAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "Email,First Name,Last Name,Role\r\na@b.org,A,B,staff\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    List<StaffLine> lines = StaffCsv.read(new ByteArrayInputStream(file));

    assertEquals("a@b.org", lines.get(0).email());
  }

  @Test
  void readsCrLfAndLfAlike() {
    String lf = "email,first name,last name,role\na@b.org,A,B,staff\nc@d.org,C,D,teacher\n";

    assertEquals(read(lf), read(lf.replace("\n", "\r\n")));
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<StaffLine> lines =
        read(
            "email,first name,last name,job title,role\n"
                + "a@b.org,\"Mary, Jane\",\"O\"\"Neil\",\"Head of\nScience\",staff\n"
                + "c@d.org,C,D,,teacher\n");

    assertEquals("Mary, Jane", lines.get(0).givenName());
    assertEquals("O\"Neil", lines.get(0).familyName());
    assertEquals("Head of\nScience", lines.get(0).jobTitle());
    assertEquals(4, lines.get(1).line(), "line numbers count the line inside the quoted cell");
  }

  @Test
  void skipsBlankLinesAndCountsThemInLineNumbers() {
    List<StaffLine> lines =
        read(
            "\n\nemail,first name,last name,role\n\na@b.org,A,B,staff\n   \n,,,\nc@d.org,C,D,staff");

    assertEquals(2, lines.size());
    assertEquals(5, lines.get(0).line());
    assertEquals(8, lines.get(1).line());
  }

  @Test
  void trimsCellsAndReadsAnEmptyJobTitleAsNone() {
    StaffLine line =
        read("email,first name,last name,job title,role\n  a@b.org , A ,  B ,   , staff \n").get(0);

    assertEquals(new StaffLine(2, "a@b.org", "A", "B", null, "staff", 5, 5), line);
  }

  @Test
  void recordsRowsWithTooFewOrTooManyCells() {
    List<StaffLine> lines =
        read("email,first name,last name,role\na@b.org,A,B\nc@d.org,C,D,staff,extra\n");

    assertFalse(lines.get(0).hasAllCells());
    assertEquals(3, lines.get(0).cells());
    assertEquals("", lines.get(0).role());
    assertFalse(lines.get(1).hasAllCells());
    assertEquals(5, lines.get(1).cells());
    assertEquals(4, lines.get(1).expectedCells());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "\n\n", "\r\n  \r\n,,,\r\n", "email,first name,last name,role\n", "\uFEFF"})
  void anEmptyFileOrAHeaderAloneIsEmpty(String text) {
    assertEquals("error.import.empty", failure(text).messageKey());
  }

  @Test
  void takesTenThousandRowsButNotOneMore() {
    assertEquals(StaffImportPlanner.MAX_ROWS, read(generated(StaffImportPlanner.MAX_ROWS)).size());

    BusinessException e = failure(generated(StaffImportPlanner.MAX_ROWS + 1));

    assertEquals("error.import.tooLarge", e.messageKey());
    assertArrayEquals(new Object[] {10_000}, e.arguments());
  }

  @Test
  void readsAFiveThousandRowFile() {
    List<StaffLine> lines = read(generated(5_000));

    assertEquals(5_000, lines.size());
    assertEquals(5_001, lines.get(4_999).line());
    assertEquals("person4999@oak.sch.uk", lines.get(4_999).email());
  }

  @Test
  void formulaLookingCellsAreJustText() {
    StaffLine line =
        read("email,first name,last name,job title,role\n"
                + "a@b.org,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+SUM(A1:A2),@cmd,staff\n")
            .get(0);

    assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", line.givenName());
    assertEquals("+SUM(A1:A2)", line.familyName());
    assertEquals("@cmd", line.jobTitle());
  }

  @Test
  void cutsAHugeCellJustPastItsLimit() {
    String huge = "x".repeat(1_000_000);

    StaffLine line =
        read("email,first name,last name,job title,role\na@b.org,"
                + huge
                + ",B,"
                + huge
                + ","
                + huge
                + "\n")
            .get(0);

    assertEquals(Person.NAME_LENGTH + 1, line.givenName().length());
    assertEquals(Person.JOB_TITLE_LENGTH + 1, line.jobTitle().length());
    assertTrue(line.role().length() <= 41);
  }

  @Test
  void refusesAnUnfinishedQuote() {
    assertEquals(
        "error.import.unreadable",
        failure("email,first name,last name,role\na@b.org,\"Ann,Lee,staff\n").messageKey());
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    assertEquals(
        "error.import.unreadable",
        failure("email,first name,last name,role\na@b.org,\"Ann\"x,Lee,staff\n").messageKey());
  }

  @Test
  void refusesBinaryFiles() {
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);

    assertEquals("error.import.unreadable", failure(new ByteArrayInputStream(noise)).messageKey());
  }

  @Test
  void refusesAZipSuchAsASpreadsheet() {
    byte[] zipStart = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xA5, (byte) 0x9C};

    assertEquals(
        "error.import.unreadable", failure(new ByteArrayInputStream(zipStart)).messageKey());
  }

  @Test
  void refusesTextWithNulCharacters() {
    assertEquals(
        "error.import.unreadable",
        failure("email,first name,last name,role\na@b.org,A\0,B,staff\n").messageKey());
  }

  @Test
  void refusesUtf16() {
    byte[] utf16 = "\uFEFFemail,first name,last name,role\n".getBytes(StandardCharsets.UTF_16LE);

    assertEquals("error.import.unreadable", failure(new ByteArrayInputStream(utf16)).messageKey());
  }

  @Test
  void stopsReadingAHugeFile() {
    byte[] file = new byte[StaffCsv.MAX_CHARACTERS + 10];
    Arrays.fill(file, (byte) 'x');
    byte[] header =
        "email,first name,last name,role\na@b.org,A,B,".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, file, 0, header.length);

    assertEquals("error.import.fileTooBig", failure(new ByteArrayInputStream(file)).messageKey());
  }

  public static String generated(int rows) {
    StringBuilder text = new StringBuilder("Email,First Name,Last Name,Job Title,Role\r\n");
    for (int i = 0; i < rows; i++) {
      text.append("person")
          .append(i)
          .append("@oak.sch.uk,Given")
          .append(i)
          .append(",Family")
          .append(i)
          .append(",Teacher of ")
          .append(i % 7)
          .append(',')
          .append(i % 10 == 0 ? "school admin" : "teacher")
          .append("\r\n");
    }
    return text.toString();
  }
}
