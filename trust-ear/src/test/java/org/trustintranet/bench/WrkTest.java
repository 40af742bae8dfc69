package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkTest {
  @TempDir Path dir;

  @Test
  void drivesLoopbackOnlyAndStartsNothingElsewhere() throws Exception {
    Path neverRun = dir.resolve("no-such-wrk");
    Wrk wrk = new Wrk(neverRun, dir, 1, 1);
    Scenario floor =
        new Scenario(
            "floor",
            "floor",
            200,
            "id=\"floor\"",
            false,
            List.of(new Scenario.Request("GET", "/floor.xhtml", null, null)));
    for (String elsewhere :
        new String[] {"http://192.0.2.2:18180/", "http://localhost.example.org/"}) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  wrk.run(
                      URI.create(elsewhere),
                      floor,
                      floor.write(dir),
                      Duration.ofSeconds(1),
                      dir.resolve("out.txt")));
      assertEquals("The benchmark drives loopback only, not " + elsewhere, refused.getMessage());
    }
  }

  @Test
  void carriesItsLuaScriptToTheRunFolder() throws Exception {
    new Wrk(dir.resolve("wrk"), dir, 2, 32);
    String script = Files.readString(dir.resolve("scenario.lua"));
    assertTrue(script.contains("function response(status, headers, body)"), script);
    assertTrue(script.contains("BENCH-RESULT"), script);
  }
}
