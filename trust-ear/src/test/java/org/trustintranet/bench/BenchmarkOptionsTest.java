package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
  @Test
  void defaultsAreTheDocumentedRun() {
    Benchmark.Options o = Benchmark.Options.parse(new String[] {"--jar", "x.jar"});
    assertEquals(1.0, o.scale());
    assertEquals(32, o.connections());
    assertEquals(10, o.warmupSeconds());
    assertEquals(30, o.durationSeconds());
    assertEquals(List.of("-Xmx1g"), o.serverJvm());
    assertEquals(null, o.postBoot(), "no boot commands unless given (the build gives the file)");
    assertTrue(o.jar().isAbsolute());
  }

  @Test
  void optionsAreReadInBothSpellings() {
    Benchmark.Options o =
        Benchmark.Options.parse(
            new String[] {
              "--jar=x.jar",
              "--scale",
              "0.1",
              "--server-jvm=-Xmx2g -XX:+UseG1GC",
              "--post-boot",
              "config/cluster-post-boot-commands.asadmin"
            });
    assertEquals(0.1, o.scale());
    assertTrue(o.postBoot().endsWith("config/cluster-post-boot-commands.asadmin"));
    assertEquals(List.of("-Xmx2g", "-XX:+UseG1GC"), o.serverJvm());
  }

  @Test
  void carelessInputIsRefusedWithTheReason() {
    assertEquals(
        "--jar is required (trust-ear/target/trust-intranet.jar)",
        message(new String[] {"--scale", "1"}));
    assertEquals(
        "Unknown option: --conections", message(new String[] {"--jar", "x", "--conections", "8"}));
    assertEquals(
        "Option --duration needs a value", message(new String[] {"--jar", "x", "--duration"}));
    assertEquals(
        "--duration must be between 1 and 600: 3600",
        message(new String[] {"--jar", "x", "--duration", "3600"}));
    assertEquals(
        "--connections is not a number: many",
        message(new String[] {"--jar", "x", "--connections", "many"}));
    assertEquals("Unexpected argument: x", message(new String[] {"x"}));
    assertTrue(
        message(new String[] {"--jar", "x", "--only", "week,fnd"})
            .startsWith("--only: no scenario fnd (there are floor, login,"));
  }

  @Test
  void onlyRunsTheNamedScenariosAndAlwaysTheFloor() {
    Benchmark.Options o =
        Benchmark.Options.parse(new String[] {"--jar", "x", "--only", "week, week-events,find"});
    assertTrue(o.runs("week") && o.runs("week-events") && o.runs("find"));
    assertTrue(o.runs("floor"), "the ratios need the floor");
    assertTrue(!o.runs("book") && !o.runs("home"));
    assertTrue(Benchmark.Options.parse(new String[] {"--jar", "x"}).runs("book"));
  }

  @Test
  void badOptionsExitWithTheUsageAndStartNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Benchmark.run(
            new String[] {"--jar", "x", "--port", "80"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("--port must be between 1024 and 65535: 80"), text);
    assertTrue(text.contains("Usage: Benchmark"), text);
  }

  private static String message(String[] args) {
    return assertThrows(IllegalArgumentException.class, () -> Benchmark.Options.parse(args))
        .getMessage();
  }

  @Test
  void theLibraryScenariosAndTheBigFileCanBeChosen() {
    assertTrue(Benchmark.SCENARIOS.contains("library-search"));
    assertTrue(Benchmark.SCENARIOS.contains("download"));
    assertTrue(Benchmark.SCENARIOS.contains("network"));
    assertTrue(Benchmark.SCENARIOS.contains("signup"));
    assertTrue(!Benchmark.SCENARIOS.contains("bigfile"), "a measurement, not a wrk scenario");
    Benchmark.Options o =
        Benchmark.Options.parse(new String[] {"--jar", "x", "--only", "library-search,bigfile"});
    assertTrue(o.runs("library-search") && o.runs("floor"));
    assertTrue(!o.runs("download") && !o.runs("home"));
    assertTrue(o.only().contains("bigfile"));
    assertTrue(
        Benchmark.Options.parse(new String[] {"--jar", "x", "--only", "booklet"})
            .only()
            .contains("booklet"));
    assertTrue(
        message(new String[] {"--jar", "x", "--only", "bigfiles"})
            .endsWith(
                "library-search, download, network, partners, case-search, signup and the measurements"
                    + " bigfile and"
                    + " booklet)"));
    assertEquals(20, Benchmark.LIBRARY_SEARCH_CONNECTIONS);
  }
}
