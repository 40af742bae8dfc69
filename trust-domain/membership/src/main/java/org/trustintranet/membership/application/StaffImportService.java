package org.trustintranet.membership.application;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;

/**
 * Imports a school's staff from a CSV file (columns email, given name, family name, role and
 * optionally job title, in any order), in two steps: a preview that writes nothing, then apply.
 * Admins of the school only; the school must be open. New people get no password: an admin sets one
 * separately.
 */
public interface StaffImportService {
  /**
   * Reads the file and says what importing it would do with each row. Fails as a whole (a
   * BusinessException with key {@code error.import.*}) when the file is empty, unreadable, has no
   * proper header or too many rows; otherwise each wrong row is an ERROR row. Does not close {@code
   * csv}.
   */
  ImportPreview preview(long schoolId, @NotNull InputStream csv);

  /**
   * Imports the rows of a preview, planning them again against the data of now: creates the NEW
   * people, changes the CHANGED ones, skips the rest; all or nothing.
   */
  ImportResult apply(long schoolId, @NotNull ImportPreview preview);
}
