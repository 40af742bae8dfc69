package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.List;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.membership.domain.PlannedRow;

/**
 * One row of a staff import preview: the cells as read (over-long cells cut short), the role they
 * name (null when not understood), what the import will do, and why not (ERROR) or what changes
 * (CHANGED).
 *
 * @param line the line of the file where the row starts; the header is line 1
 * @param jobTitle null when the file gives none: the job title is left as it is
 * @param errorKey a message key such as {@code import.error.badEmail}, null unless ERROR
 * @param changes short descriptions such as "name", "job title", "joins school", "role: TEACHER →
 *     SCHOOL_ADMIN"
 * @param noteKey a message key that tells more of the row, or null: {@value #DETAILS_KEPT} when the
 *     row gives another name or job title for someone whose details the importer may not change
 */
public record ImportRow(
    int line,
    String email,
    String givenName,
    String familyName,
    String jobTitle,
    String roleText,
    SchoolRole role,
    ImportRowStatus status,
    String errorKey,
    List<String> errorArguments,
    List<String> changes,
    String noteKey)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The note of a row whose person's name and job title are left as they are. */
  public static final String DETAILS_KEPT = "import.note.detailsKept";

  public ImportRow {
    errorArguments = errorArguments == null ? List.of() : List.copyOf(errorArguments);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  static ImportRow of(PlannedRow planned) {
    return new ImportRow(
        planned.line().line(),
        planned.line().email(),
        planned.line().givenName(),
        planned.line().familyName(),
        planned.line().jobTitle(),
        planned.line().role(),
        planned.role(),
        ImportRowStatus.valueOf(planned.outcome().name()),
        planned.errorKey(),
        planned.errorArguments(),
        planned.describeChanges(),
        planned.detailsKept() ? DETAILS_KEPT : null);
  }
}
