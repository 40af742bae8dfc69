package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustintranet.bench.BenchmarkResult.ScenarioFigures;

class BenchmarkReportTest {
  private static LoadResult load(long requests, long p95Micros, long unexpected) {
    return new LoadResult(
        requests,
        10_000_000,
        requests * 1000,
        1000,
        900,
        1200,
        p95Micros,
        2000,
        3000,
        0,
        0,
        0,
        0,
        unexpected,
        0,
        unexpected > 0 ? "status 500 " : "");
  }

  private static BenchmarkResult result(
      String startedAt, double floorRps, double homeRps, long bad) {
    LoadResult floor = load(Math.round(floorRps * 10), 5000, 0);
    LoadResult home = load(Math.round(homeRps * 10), 25000, bad);
    return new BenchmarkResult(
        new BenchmarkResult.Run(
            startedAt,
            "2 cores, Linux amd64",
            "Java 17",
            "H2 2.2.224 (embedded)",
            "-Xmx1g, boot commands: none",
            1.0,
            42,
            5000,
            50,
            2,
            32,
            10,
            30,
            4300,
            400),
        new BenchmarkResult.Server(18_400, 700L << 20, 300L << 20, 560L << 20, 90L << 20),
        List.of(
            new ScenarioFigures("floor", "static text", 0, floor, 1.0, 0),
            new ScenarioFigures(
                "home",
                "home page <of> a \"member\" & more",
                100,
                home,
                BenchmarkResult.ratio(home, floor),
                6)));
  }

  @Test
  void theRatioIsThroughputOverTheFloors() {
    BenchmarkResult r = result("2026-11-22T18:00:00Z", 2000, 500, 0);
    assertEquals(0.25, r.scenario("home").orElseThrow().floorRatio(), 1e-9);
    assertFalse(r.failed());
    assertTrue(result("2026-11-22T18:00:00Z", 2000, 500, 1).failed(), "one bad answer fails");
  }

  @Test
  void theTextTableHasEveryScenarioWithItsRatioAndTheServerFigures() {
    String text = BenchmarkReport.text(result("2026-11-22T18:00:00Z", 2000, 500, 0));
    assertTrue(text.contains("x floor"), text);
    assertTrue(
        text.matches("(?s).*\\nhome\\s+100\\s+500\\.0\\s+0\\.250\\s+0\\.9\\s+25\\.0\\s.*"), text);
    assertTrue(text.contains("cold start until ready 18.4 s"), text);
    assertTrue(text.contains("resident memory 700 MiB"), text);
    assertFalse(text.contains("FAILED"), text);
    assertTrue(
        BenchmarkReport.text(result("2026-11-22T18:00:00Z", 2000, 500, 4))
            .contains("FAILED home: 4 unexpected answers (first: status 500 )"));
  }

  @Test
  void resultsSurviveTheirJsonFile() {
    BenchmarkResult r = result("2026-11-22T18:00:00Z", 2000, 500, 0);
    String json = r.toJsonText();
    BenchmarkResult back =
        BenchmarkResult.fromJson(Json.createReader(new StringReader(json)).readObject());
    assertEquals(r.run(), back.run());
    assertEquals(r.server(), back.server());
    assertEquals(r.scenarios().get(1).load(), back.scenarios().get(1).load());
    assertEquals(0.25, back.scenarios().get(1).floorRatio(), 1e-9);
  }

  @Test
  void theHtmlReportSetsRunsSideBySideAccessiblyAndEscaped() {
    String html =
        BenchmarkReport.html(
            List.of(
                result("2026-11-21T09:00:00Z", 1800, 400, 0),
                result("2026-11-22T18:00:00Z", 2000, 500, 2)));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
    assertTrue(html.contains("2026-11-21T09:00:00Z") && html.contains("2026-11-22T18:00:00Z"));
    assertEquals(3, html.split("<svg role=\"img\" aria-labelledby=").length - 1, "three charts");
    assertTrue(html.contains("home page &lt;of&gt; a &quot;member&quot; &amp; more"), html);
    assertFalse(html.contains("<of>"), html);
    assertTrue(html.contains("This run had errors"), html);
    assertTrue(
        html.contains("<th scope=\"row\">2026-11-21T09:00:00Z</th><td>100</td><td>400.0</td>"));
  }
}
