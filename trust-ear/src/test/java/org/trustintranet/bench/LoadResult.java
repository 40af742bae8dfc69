package org.trustintranet.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;

/**
 * What the load tool measured for one scenario: requests, how long, latency percentiles, and every
 * kind of failure (socket errors, timeouts, answers that were not the expected page, sign-in forms
 * used up), and a scenario that completed no request at all. Any failure fails the benchmark.
 */
record LoadResult(
    long requests,
    long durationMicros,
    long bytes,
    double meanMicros,
    long p50Micros,
    long p90Micros,
    long p95Micros,
    long p99Micros,
    long maxMicros,
    long connectErrors,
    long readErrors,
    long writeErrors,
    long timeouts,
    long unexpected,
    long exhausted,
    String sample) {

  static final String PREFIX = "BENCH-RESULT ";

  double requestsPerSecond() {
    return durationMicros == 0 ? 0 : requests * 1_000_000.0 / durationMicros;
  }

  long errors() {
    return connectErrors + readErrors + writeErrors + timeouts + unexpected + exhausted;
  }

  /**
   * The scenario failed: a request went wrong, or none completed at all (a server too slow to
   * answer a single request in the measured time has not passed).
   */
  boolean failed() {
    return errors() > 0 || requests == 0;
  }

  /** What went wrong, in a sentence, or "" when nothing did. */
  String failure() {
    if (!failed()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    if (requests == 0) {
      text.append("no request completed");
    }
    append(text, connectErrors, "connection errors");
    append(text, readErrors, "read errors");
    append(text, writeErrors, "write errors");
    append(text, timeouts, "timeouts");
    append(text, unexpected, "unexpected answers");
    append(text, exhausted, "requests beyond the prepared sign-in forms");
    if (!sample.isEmpty()) {
      text.append(" (first: ").append(sample).append(')');
    }
    return text.toString();
  }

  private static void append(StringBuilder text, long count, String what) {
    if (count > 0) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(count).append(' ').append(what);
    }
  }

  /** Finds the result line that the wrk script prints in the tool's output. */
  static Optional<LoadResult> parse(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith(PREFIX)) {
        try (var reader = Json.createReader(new StringReader(line.substring(PREFIX.length())))) {
          return Optional.of(fromJson(reader.readObject()));
        }
      }
    }
    return Optional.empty();
  }

  static LoadResult fromJson(JsonObject o) {
    return new LoadResult(
        o.getJsonNumber("requests").longValue(),
        o.getJsonNumber("durationMicros").longValue(),
        o.getJsonNumber("bytes").longValue(),
        o.getJsonNumber("meanMicros").doubleValue(),
        o.getJsonNumber("p50Micros").longValue(),
        o.getJsonNumber("p90Micros").longValue(),
        o.getJsonNumber("p95Micros").longValue(),
        o.getJsonNumber("p99Micros").longValue(),
        o.getJsonNumber("maxMicros").longValue(),
        o.getJsonNumber("connectErrors").longValue(),
        o.getJsonNumber("readErrors").longValue(),
        o.getJsonNumber("writeErrors").longValue(),
        o.getJsonNumber("timeouts").longValue(),
        o.getJsonNumber("unexpected").longValue(),
        o.getJsonNumber("exhausted").longValue(),
        o.getString("sample", ""));
  }

  JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("requests", requests)
        .add("durationMicros", durationMicros)
        .add("bytes", bytes)
        .add("meanMicros", meanMicros)
        .add("p50Micros", p50Micros)
        .add("p90Micros", p90Micros)
        .add("p95Micros", p95Micros)
        .add("p99Micros", p99Micros)
        .add("maxMicros", maxMicros)
        .add("connectErrors", connectErrors)
        .add("readErrors", readErrors)
        .add("writeErrors", writeErrors)
        .add("timeouts", timeouts)
        .add("unexpected", unexpected)
        .add("exhausted", exhausted)
        .add("sample", sample)
        .build();
  }
}
