package org.trustintranet.membership.domain;

/**
 * One data row of a staff import file, as text: cells stripped of surrounding spaces, a missing
 * cell as "", and a cell longer than its column allows cut to one character past the limit (it
 * still fails the length check, but a huge cell does not fill memory). {@code jobTitle} is null
 * when the column is absent or the cell empty: "leave the job title as it is". {@code cells} is how
 * many cells the row had and {@code expectedCells} how many the header named.
 *
 * @param line the line of the file where the row starts; the header is line 1
 */
public record StaffLine(
    int line,
    String email,
    String givenName,
    String familyName,
    String jobTitle,
    String role,
    int cells,
    int expectedCells) {

  public StaffLine {
    email = orEmpty(email);
    givenName = orEmpty(givenName);
    familyName = orEmpty(familyName);
    jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
    role = orEmpty(role);
  }

  /**
   * A row known to have as many cells as the header, e.g. one read back from an earlier preview.
   */
  public static StaffLine of(
      int line, String email, String givenName, String familyName, String jobTitle, String role) {
    return new StaffLine(line, email, givenName, familyName, jobTitle, role, 0, 0);
  }

  public boolean hasAllCells() {
    return cells == expectedCells;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}
