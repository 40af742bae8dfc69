package org.trustintranet.membership.application;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a staff file into a school would do, row by row. Held by the screen between
 * "preview" and "confirm"; confirming plans the rows again against the data of that moment.
 */
public record ImportPreview(long schoolId, List<ImportRow> rows) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ImportPreview {
    rows = List.copyOf(rows);
  }

  public int count(ImportRowStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }

  /** How many rows the import would write: the new and the changed. */
  public int importable() {
    return count(ImportRowStatus.NEW) + count(ImportRowStatus.CHANGED);
  }
}
