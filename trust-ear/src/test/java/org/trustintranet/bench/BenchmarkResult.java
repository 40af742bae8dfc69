package org.trustintranet.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every figure of one benchmark run, as results.json holds it (and reads it back to compare). */
record BenchmarkResult(Run run, Server server, List<ScenarioFigures> scenarios) {

  /** The scenario whose throughput every other is divided by. */
  static final String FLOOR = "floor";

  /** How and where the run was made. */
  record Run(
      String startedAt,
      String machine,
      String java,
      String database,
      String server,
      double scale,
      long seed,
      int people,
      int schools,
      int threads,
      int connections,
      long warmupSeconds,
      long durationSeconds,
      long generateMillis,
      long totalSeconds) {}

  /** The server process: start-up to first page, memory after the load. */
  record Server(
      long coldStartMillis,
      long residentBytes,
      long heapUsedBytes,
      long heapCommittedBytes,
      long heapLiveBytes) {}

  /**
   * One scenario's load figures, its throughput as a ratio to the floor's, and the SQL statements
   * one such request runs (-1 when not counted).
   */
  record ScenarioFigures(
      String name, String description, int sessions, LoadResult load, double floorRatio, int sql) {}

  boolean failed() {
    return scenarios.stream().anyMatch(s -> s.load().failed());
  }

  Optional<ScenarioFigures> scenario(String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Each scenario's throughput divided by the floor's (1.0 for the floor itself). */
  static double ratio(LoadResult scenario, LoadResult floor) {
    double floorRps = floor.requestsPerSecond();
    return floorRps == 0 ? 0 : scenario.requestsPerSecond() / floorRps;
  }

  JsonObject toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ScenarioFigures s : scenarios) {
      list.add(
          Json.createObjectBuilder()
              .add("name", s.name())
              .add("description", s.description())
              .add("sessions", s.sessions())
              .add("requestsPerSecond", round(s.load().requestsPerSecond()))
              .add("floorRatio", round(s.floorRatio()))
              .add("sqlStatements", s.sql())
              .add("load", s.load().toJson()));
    }
    return Json.createObjectBuilder()
        .add(
            "run",
            Json.createObjectBuilder()
                .add("startedAt", run.startedAt())
                .add("machine", run.machine())
                .add("java", run.java())
                .add("database", run.database())
                .add("server", run.server())
                .add("scale", run.scale())
                .add("seed", run.seed())
                .add("people", run.people())
                .add("schools", run.schools())
                .add("threads", run.threads())
                .add("connections", run.connections())
                .add("warmupSeconds", run.warmupSeconds())
                .add("durationSeconds", run.durationSeconds())
                .add("generateMillis", run.generateMillis())
                .add("totalSeconds", run.totalSeconds()))
        .add(
            "server",
            Json.createObjectBuilder()
                .add("coldStartMillis", server.coldStartMillis())
                .add("residentBytes", server.residentBytes())
                .add("heapUsedBytes", server.heapUsedBytes())
                .add("heapCommittedBytes", server.heapCommittedBytes())
                .add("heapLiveBytes", server.heapLiveBytes()))
        .add("failed", failed())
        .add("scenarios", list)
        .build();
  }

  static BenchmarkResult fromJson(JsonObject o) {
    JsonObject r = o.getJsonObject("run");
    JsonObject s = o.getJsonObject("server");
    List<ScenarioFigures> scenarios =
        o.getJsonArray("scenarios").stream()
            .map(JsonValue::asJsonObject)
            .map(
                x ->
                    new ScenarioFigures(
                        x.getString("name"),
                        x.getString("description"),
                        x.getInt("sessions"),
                        LoadResult.fromJson(x.getJsonObject("load")),
                        x.getJsonNumber("floorRatio").doubleValue(),
                        x.getInt("sqlStatements")))
            .toList();
    return new BenchmarkResult(
        new Run(
            r.getString("startedAt"),
            r.getString("machine"),
            r.getString("java"),
            r.getString("database"),
            r.getString("server", ""),
            r.getJsonNumber("scale").doubleValue(),
            r.getJsonNumber("seed").longValue(),
            r.getInt("people"),
            r.getInt("schools"),
            r.getInt("threads"),
            r.getInt("connections"),
            r.getJsonNumber("warmupSeconds").longValue(),
            r.getJsonNumber("durationSeconds").longValue(),
            r.getJsonNumber("generateMillis").longValue(),
            r.getJsonNumber("totalSeconds").longValue()),
        new Server(
            s.getJsonNumber("coldStartMillis").longValue(),
            s.getJsonNumber("residentBytes").longValue(),
            s.getJsonNumber("heapUsedBytes").longValue(),
            s.getJsonNumber("heapCommittedBytes").longValue(),
            s.getJsonNumber("heapLiveBytes").longValue()),
        scenarios);
  }

  String toJsonText() {
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(toJson());
    }
    return out.toString().strip() + "\n";
  }

  static BenchmarkResult read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var reader = Json.createReader(in)) {
      return fromJson(reader.readObject());
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
