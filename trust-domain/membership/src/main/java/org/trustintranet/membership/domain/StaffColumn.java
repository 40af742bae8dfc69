package org.trustintranet.membership.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a staff import file, with the header names people give them and the longest text
 * each may hold. Header names match ignoring case, spaces, underscores and hyphens: "First Name",
 * "first_name" and "FIRSTNAME" are all the given name.
 */
public enum StaffColumn {
  EMAIL("email", EmailAddress.MAX_LENGTH, true, "email", "emailaddress"),
  GIVEN_NAME("given name", Person.NAME_LENGTH, true, "givenname", "firstname", "forename"),
  FAMILY_NAME("family name", Person.NAME_LENGTH, true, "familyname", "lastname", "surname"),
  JOB_TITLE("job title", Person.JOB_TITLE_LENGTH, false, "jobtitle"),
  ROLE("role", StaffColumn.ROLE_TEXT_LENGTH, true, "role");

  /** Longer role text cannot name a role; it is kept only this long, to show in the error. */
  static final int ROLE_TEXT_LENGTH = 40;

  private final String label;
  private final int maxLength;
  private final boolean required;
  private final Set<String> names;

  StaffColumn(String label, int maxLength, boolean required, String... names) {
    this.label = label;
    this.maxLength = maxLength;
    this.required = required;
    this.names = Set.of(names);
  }

  /** The column as people call it, for messages: "given name". */
  public String label() {
    return label;
  }

  /** The longest text a cell of this column may hold. */
  public int maxLength() {
    return maxLength;
  }

  public boolean isRequired() {
    return required;
  }

  /** The column a header cell names, if any. */
  public static Optional<StaffColumn> named(String header) {
    String key = normalise(header);
    for (StaffColumn column : values()) {
      if (column.names.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String header) {
    return header == null
        ? ""
        : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }
}
