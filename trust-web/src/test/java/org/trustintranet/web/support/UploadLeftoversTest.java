package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadLeftoversTest {
  @TempDir Path dir;

  @Test
  void removesOnlyOldUploadTemporaryFiles() throws Exception {
    Path old = Files.writeString(dir.resolve("upload_abc_1.tmp"), "cut off");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Path fresh = Files.writeString(dir.resolve("upload_abc_2.tmp"), "in progress");
    Path other = Files.writeString(dir.resolve("report.tmp"), "not an upload");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

    assertEquals(1, UploadLeftovers.remove(dir, Instant.now().minus(UploadLeftovers.SHARED_AGE)));
    assertFalse(Files.exists(old));
    assertTrue(Files.exists(fresh));
    assertTrue(Files.exists(other));

    assertEquals(1, UploadLeftovers.remove(dir, Instant.MAX), "at start-up, all of its own go");
    assertFalse(Files.exists(fresh));
    assertEquals(0, UploadLeftovers.remove(dir.resolve("absent"), Instant.MAX));
  }
}
