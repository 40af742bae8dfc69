package org.trustintranet.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.trustintranet.bench.BenchmarkResult.ScenarioFigures;

/**
 * The benchmark's figures for people: a plain-text table for the terminal, and a small HTML page
 * with charts that sets the latest run beside earlier ones (every results.json under the same
 * target/benchmark folder), so that two runs can be compared side by side.
 */
final class BenchmarkReport {
  private static final String[] COLOURS = {
    "#1f4e79", "#a04000", "#2e7d32", "#6a1b9a", "#00695c", "#5d4037"
  };
  private static final int BAR_WIDTH = 420;

  private BenchmarkReport() {}

  static String text(BenchmarkResult result) {
    BenchmarkResult.Run run = result.run();
    BenchmarkResult.Server server = result.server();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Trust Intranet benchmark, %s%n%s, %s, %s%nIntranet: %s%n"
                + "Data set: scale %s, %,d schools, %,d staff (generated in %.1f s)%n"
                + "Load: wrk, %d threads, %d connections, %d s warm-up then %d s measured per"
                + " scenario%n%n",
            run.startedAt(),
            run.machine(),
            run.java(),
            run.database(),
            run.server(),
            run.scale(),
            run.schools(),
            run.people(),
            run.generateMillis() / 1000.0,
            run.threads(),
            run.connections(),
            run.warmupSeconds(),
            run.durationSeconds()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s %8s %10s %8s %9s %9s %9s %10s %7s %5s%n",
            "scenario",
            "sessions",
            "req/s",
            "x floor",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "requests",
            "errors",
            "SQL"));
    for (ScenarioFigures s : result.scenarios()) {
      LoadResult load = s.load();
      out.append(
          String.format(
              Locale.ROOT,
              "%-10s %8d %10.1f %8.3f %9.1f %9.1f %9.1f %10d %7d %5s%n",
              s.name(),
              s.sessions(),
              load.requestsPerSecond(),
              s.floorRatio(),
              load.p50Micros() / 1000.0,
              load.p95Micros() / 1000.0,
              load.p99Micros() / 1000.0,
              load.requests(),
              load.errors(),
              s.sql() < 0 ? "-" : Integer.toString(s.sql())));
    }
    out.append('\n');
    for (ScenarioFigures s : result.scenarios()) {
      out.append(String.format(Locale.ROOT, "  %-10s %s%n", s.name(), s.description()));
    }
    result
        .scenario(Benchmark.DOWNLOAD)
        .ifPresent(
            d ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%nDownload rate: %.1f MB/s (bytes wrk read, headers included, per"
                            + " second measured)%n",
                        megabytesPerSecond(d.load()))));
    out.append(
        String.format(
            Locale.ROOT,
            "%nServer: cold start until ready %.1f s; after the run: resident memory %s,"
                + " heap used %s of %s committed, %s live after a full GC%n",
            server.coldStartMillis() / 1000.0,
            mib(server.residentBytes()),
            mib(server.heapUsedBytes()),
            mib(server.heapCommittedBytes()),
            mib(server.heapLiveBytes())));
    out.append(
        String.format(
            Locale.ROOT,
            "SQL = statements one such request runs (EclipseLink's SQL log, a second server start)%n"
                + "Whole run: %d min %02d s%n",
            run.totalSeconds() / 60,
            run.totalSeconds() % 60));
    for (ScenarioFigures s : result.scenarios()) {
      if (s.load().failed()) {
        out.append("FAILED ").append(s.name()).append(": ").append(s.load().failure()).append('\n');
      }
    }
    return out.toString();
  }

  /** Bytes read per second of the measured run, in MB (10^6 bytes). */
  static double megabytesPerSecond(LoadResult load) {
    return load.durationMicros() == 0 ? 0 : (double) load.bytes() / load.durationMicros();
  }

  /** The HTML report; {@code runs} oldest first, the last is this run. */
  static String html(List<BenchmarkResult> runs) {
    BenchmarkResult latest = runs.get(runs.size() - 1);
    Set<String> names = new LinkedHashSet<>();
    runs.forEach(r -> r.scenarios().forEach(s -> names.add(s.name())));
    StringBuilder out = new StringBuilder();
    out.append(
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="UTF-8">
        <title>Trust Intranet benchmark</title>
        <style>
        body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 2rem; max-width: 70rem; }
        table { border-collapse: collapse; margin: 1rem 0 2rem; }
        th, td { border: 1px solid #767676; padding: .3rem .6rem; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        .failed { color: #b00020; font-weight: bold; }
        .key span { display: inline-block; width: 1rem; height: 1rem; vertical-align: middle; }
        </style>
        </head>
        <body>
        <main>
        <h1>Trust Intranet benchmark</h1>
        """);
    out.append("<p>Latest run ")
        .append(esc(latest.run().startedAt()))
        .append(": ")
        .append(esc(latest.run().machine()))
        .append(", ")
        .append(esc(latest.run().java()))
        .append(", ")
        .append(esc(latest.run().database()))
        .append(". Throughput is also given as a ratio to the floor page (static text through the")
        .append(" same Faces servlet), which says what our own code costs on any machine.</p>\n");
    if (latest.failed()) {
      out.append("<p class=\"failed\">This run had errors: its figures do not count.</p>\n");
    }
    out.append("<h2>Runs</h2>\n<ul class=\"key\">\n");
    for (int i = 0; i < runs.size(); i++) {
      BenchmarkResult.Run run = runs.get(i).run();
      out.append("<li><span style=\"background:")
          .append(COLOURS[i % COLOURS.length])
          .append("\"></span> ")
          .append(esc(label(runs.get(i))))
          .append(
              esc(
                  String.format(
                      Locale.ROOT,
                      ": scale %s, %d connections, %s%s",
                      run.scale(),
                      run.connections(),
                      run.database(),
                      run.server().isEmpty() ? "" : ", " + run.server())))
          .append(runs.get(i).failed() ? " <strong class=\"failed\">(had errors)</strong>" : "")
          .append("</li>\n");
    }
    out.append("</ul>\n");
    out.append(
        chart(
            "Throughput as a ratio to the floor (higher is better)",
            runs,
            names,
            ScenarioFigures::floorRatio,
            "%.3f"));
    out.append(
        chart(
            "Requests per second (higher is better)",
            runs,
            names,
            s -> s.load().requestsPerSecond(),
            "%.1f"));
    out.append(
        chart(
            "95th percentile latency in ms (lower is better)",
            runs,
            names,
            s -> s.load().p95Micros() / 1000.0,
            "%.1f"));
    out.append(scenarioTable(runs, names));
    out.append(serverTable(runs));
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String chart(
      String title,
      List<BenchmarkResult> runs,
      Set<String> names,
      ToDoubleFunction<ScenarioFigures> value,
      String format) {
    int barHeight = 16;
    int rowHeight = barHeight * runs.size() + 14;
    int labelWidth = 110;
    int width = labelWidth + BAR_WIDTH + 90;
    int height = rowHeight * names.size() + 10;
    String id = "chart-" + Integer.toHexString(title.hashCode());
    StringBuilder svg = new StringBuilder();
    svg.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg role=\"img\" aria-labelledby=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
            id,
            width,
            height,
            width,
            height));
    int y = 5;
    for (String name : names) {
      List<Double> values = new ArrayList<>();
      for (BenchmarkResult run : runs) {
        values.add(run.scenario(name).map(value::applyAsDouble).orElse(Double.NaN));
      }
      double max = values.stream().filter(v -> !v.isNaN()).mapToDouble(v -> v).max().orElse(0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"13\" fill=\"#1a1a1a\">%s</text>%n",
              y + rowHeight / 2,
              esc(name)));
      for (int i = 0; i < values.size(); i++) {
        double v = values.get(i);
        int barY = y + i * barHeight;
        if (Double.isNaN(v)) {
          continue;
        }
        int w = max > 0 ? (int) Math.max(1, Math.round(v / max * BAR_WIDTH)) : 1;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1a1a1a\">%s</text>%n",
                labelWidth,
                barY,
                w,
                barHeight - 3,
                COLOURS[i % COLOURS.length],
                labelWidth + w + 4,
                barY + barHeight - 5,
                esc(String.format(Locale.ROOT, format, v))));
      }
      y += rowHeight;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String scenarioTable(List<BenchmarkResult> runs, Set<String> names) {
    StringBuilder t = new StringBuilder("<h2>Scenarios</h2>\n");
    for (String name : names) {
      t.append("<table>\n<caption>")
          .append(esc(name))
          .append(
              runs.get(runs.size() - 1)
                  .scenario(name)
                  .map(s -> ": " + s.description())
                  .map(BenchmarkReport::esc)
                  .orElse(""))
          .append("</caption>\n<tr><th scope=\"col\">run</th><th scope=\"col\">sessions</th>")
          .append("<th scope=\"col\">req/s</th><th scope=\"col\">× floor</th>")
          .append("<th scope=\"col\">p50 ms</th><th scope=\"col\">p95 ms</th>")
          .append("<th scope=\"col\">p99 ms</th><th scope=\"col\">requests</th>")
          .append("<th scope=\"col\">errors</th><th scope=\"col\">SQL per request</th></tr>\n");
      for (BenchmarkResult run : runs) {
        run.scenario(name)
            .ifPresent(
                s ->
                    t.append(
                        String.format(
                            Locale.ROOT,
                            "<tr><th scope=\"row\">%s</th><td>%d</td><td>%.1f</td><td>%.3f</td>"
                                + "<td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%d</td>"
                                + "<td%s>%d</td><td>%s</td></tr>%n",
                            esc(label(run)),
                            s.sessions(),
                            s.load().requestsPerSecond(),
                            s.floorRatio(),
                            s.load().p50Micros() / 1000.0,
                            s.load().p95Micros() / 1000.0,
                            s.load().p99Micros() / 1000.0,
                            s.load().requests(),
                            s.load().failed() ? " class=\"failed\"" : "",
                            s.load().errors(),
                            s.sql() < 0 ? "–" : Integer.toString(s.sql()))));
      }
      t.append("</table>\n");
    }
    return t.toString();
  }

  private static String serverTable(List<BenchmarkResult> runs) {
    StringBuilder t =
        new StringBuilder(
            "<h2>Server</h2>\n<table>\n<caption>Start-up and memory after the load</caption>\n"
                + "<tr><th scope=\"col\">run</th><th scope=\"col\">cold start s</th>"
                + "<th scope=\"col\">resident MiB</th><th scope=\"col\">heap used MiB</th>"
                + "<th scope=\"col\">heap committed MiB</th><th scope=\"col\">live heap MiB</th>"
                + "<th scope=\"col\">data set s</th><th scope=\"col\">whole run s</th></tr>\n");
    for (BenchmarkResult run : runs) {
      BenchmarkResult.Server s = run.server();
      t.append(
          String.format(
              Locale.ROOT,
              "<tr><th scope=\"row\">%s</th><td>%.1f</td><td>%.0f</td><td>%.0f</td><td>%.0f</td>"
                  + "<td>%.0f</td><td>%.1f</td><td>%d</td></tr>%n",
              esc(label(run)),
              s.coldStartMillis() / 1000.0,
              s.residentBytes() / 1048576.0,
              s.heapUsedBytes() / 1048576.0,
              s.heapCommittedBytes() / 1048576.0,
              s.heapLiveBytes() / 1048576.0,
              run.run().generateMillis() / 1000.0,
              run.run().totalSeconds()));
    }
    return t.append("</table>\n").toString();
  }

  private static String label(BenchmarkResult run) {
    return run.run().startedAt();
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
