package org.trustintranet.membership.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.SchoolRole;

class ImportPreviewTest {
  private static ImportRow row(int line, ImportRowStatus status) {
    return new ImportRow(
        line,
        "p" + line + "@oak.sch.uk",
        "P",
        "Q",
        null,
        "teacher",
        SchoolRole.TEACHER,
        status,
        status == ImportRowStatus.ERROR ? "import.error.duplicate" : null,
        status == ImportRowStatus.ERROR ? List.of("2") : List.of(),
        status == ImportRowStatus.CHANGED ? List.of("role: STAFF → TEACHER") : List.of(),
        null);
  }

  private final ImportPreview preview =
      new ImportPreview(
          7,
          List.of(
              row(2, ImportRowStatus.NEW),
              row(3, ImportRowStatus.CHANGED),
              row(4, ImportRowStatus.CHANGED),
              row(5, ImportRowStatus.UNCHANGED),
              row(6, ImportRowStatus.ERROR)));

  @Test
  void countsRowsByStatus() {
    assertEquals(1, preview.count(ImportRowStatus.NEW));
    assertEquals(2, preview.count(ImportRowStatus.CHANGED));
    assertEquals(1, preview.count(ImportRowStatus.UNCHANGED));
    assertEquals(1, preview.count(ImportRowStatus.ERROR));
    assertEquals(3, preview.importable());
  }

  @Test
  void survivesSerialisationBetweenPreviewAndConfirm() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(preview);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(preview, in.readObject());
    }
  }
}
