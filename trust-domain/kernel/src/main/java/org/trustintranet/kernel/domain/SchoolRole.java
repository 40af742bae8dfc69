package org.trustintranet.kernel.domain;

import java.util.Locale;
import java.util.Optional;

/** The role a person holds at one school. Each role includes the ones before it. */
public enum SchoolRole {
  STAFF,
  TEACHER,
  SCHOOL_ADMIN;

  /** True when this role includes everything {@code other} may do. */
  public boolean includes(SchoolRole other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses a role name as people write it in a spreadsheet: "teacher", "School admin",
   * "SCHOOL_ADMIN".
   */
  public static Optional<SchoolRole> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (SchoolRole role : values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
