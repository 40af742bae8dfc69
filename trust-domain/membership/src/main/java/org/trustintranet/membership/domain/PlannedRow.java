package org.trustintranet.membership.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * What the staff import will do with one row: create a person, change one, leave one as they are,
 * or nothing because the row is wrong ({@code errorKey} and {@code errorArguments} say why).
 *
 * @param email the row's email, normalised (as typed when it is not a valid address)
 * @param role the role the row gives, or null when the role is not understood
 * @param changes for a CHANGED row, what changes
 * @param roleBefore for a ROLE change, the role held until now
 * @param detailsKept the row gives another name or job title for someone whose details the importer
 *     may not change: they are left as they are
 */
public record PlannedRow(
    StaffLine line,
    String email,
    SchoolRole role,
    Outcome outcome,
    String errorKey,
    List<String> errorArguments,
    Set<Change> changes,
    SchoolRole roleBefore,
    boolean detailsKept) {

  public enum Outcome {
    NEW,
    CHANGED,
    UNCHANGED,
    ERROR
  }

  public enum Change {
    NAME,
    JOB_TITLE,
    JOINS_SCHOOL,
    ROLE
  }

  public PlannedRow {
    errorArguments = List.copyOf(errorArguments);
    changes = Set.copyOf(changes);
  }

  static PlannedRow error(
      StaffLine line, String email, SchoolRole role, String key, Object... arguments) {
    List<String> texts = new ArrayList<>();
    for (Object argument : arguments) {
      texts.add(String.valueOf(argument));
    }
    return new PlannedRow(line, email, role, Outcome.ERROR, key, texts, Set.of(), null, false);
  }

  public boolean isImportable() {
    return outcome == Outcome.NEW || outcome == Outcome.CHANGED;
  }

  /**
   * Short descriptions of the changes, in a fixed order: "name", "job title", "joins school",
   * "role: STAFF → TEACHER".
   */
  public List<String> describeChanges() {
    List<String> texts = new ArrayList<>();
    if (changes.contains(Change.NAME)) {
      texts.add("name");
    }
    if (changes.contains(Change.JOB_TITLE)) {
      texts.add("job title");
    }
    if (changes.contains(Change.JOINS_SCHOOL)) {
      texts.add("joins school");
    }
    if (changes.contains(Change.ROLE)) {
      texts.add("role: " + roleBefore + " → " + role);
    }
    return texts;
  }
}
