package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadResultTest {
  static final String WRK_OUTPUT =
      """
      Running 30s test @ http://127.0.0.1:18180/
        2 threads and 32 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency    14.13ms    7.00ms  53.12ms   70.00%
        1732 requests in 3.01s, 3.69MB read
      Requests/sec:    574.53
      Transfer/sec:      1.22MB
      BENCH-RESULT {"requests":1732,"durationMicros":3014641,"bytes":3871020,"meanMicros":14133.5,\
      "p50Micros":12966,"p90Micros":21494,"p95Micros":25741,"p99Micros":38958,"maxMicros":53118,\
      "connectErrors":0,"readErrors":0,"writeErrors":0,"timeouts":0,"unexpected":0,"exhausted":0,\
      "sample":""}
      """;

  @Test
  void readsTheScriptsResultLineAmongWrksOwnOutput() {
    LoadResult result = LoadResult.parse(WRK_OUTPUT).orElseThrow();
    assertEquals(1732, result.requests());
    assertEquals(574.53, result.requestsPerSecond(), 0.01);
    assertEquals(25741, result.p95Micros());
    assertEquals(0, result.errors());
    assertEquals("", result.failure());
  }

  @Test
  void everyKindOfFailureCountsAndIsNamed() {
    LoadResult result =
        LoadResult.parse(
                WRK_OUTPUT
                    .replace("\"timeouts\":0", "\"timeouts\":2")
                    .replace("\"unexpected\":0", "\"unexpected\":3")
                    .replace("\"exhausted\":0", "\"exhausted\":1")
                    .replace("\"sample\":\"\"", "\"sample\":\"status 302 /login.xhtml\""))
            .orElseThrow();
    assertEquals(6, result.errors());
    assertEquals(
        "2 timeouts, 3 unexpected answers, 1 requests beyond the prepared sign-in forms"
            + " (first: status 302 /login.xhtml)",
        result.failure());
  }

  @Test
  void aScenarioThatCompletedNoRequestFails() {
    LoadResult none =
        LoadResult.parse(WRK_OUTPUT.replace("\"requests\":1732", "\"requests\":0")).orElseThrow();
    assertEquals(0, none.errors());
    assertTrue(none.failed(), "an overloaded server answering nothing has not passed");
    assertEquals("no request completed", none.failure());
  }

  @Test
  void outputWithoutAResultLineIsNoResult() {
    assertTrue(
        LoadResult.parse("unable to connect to 127.0.0.1:18180 Connection refused").isEmpty());
  }

  @Test
  void survivesAJsonRoundTrip() {
    LoadResult result = LoadResult.parse(WRK_OUTPUT).orElseThrow();
    assertEquals(result, LoadResult.fromJson(result.toJson()));
  }
}
