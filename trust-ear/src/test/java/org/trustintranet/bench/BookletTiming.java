package org.trustintranet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's booklet measurement: the termly booklet of every published programme of the data
 * set's term downloaded as a PDF by one signed-in member of staff, alone on the server (no other
 * load), {@link #WARM_UPS} times unmeasured and then {@link #RUNS} times measured one after
 * another. Each answer must be a PDF; the issue asks for each under {@link #TARGET_MILLIS} ms.
 */
final class BookletTiming {
  static final int WARM_UPS = 2;
  static final int RUNS = 10;
  static final long TARGET_MILLIS = 2_000;

  /** The report's text, and whether a download failed (not whether it was slow). */
  record Outcome(String report, boolean failed) {}

  private BookletTiming() {}

  static Outcome measure(URI base, String cookie, String term, int programmes, PrintStream log)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI address = base.resolve("learning/booklet.pdf?term=" + term);
    log.println("Booklet: " + address + " (" + programmes + " programmes)");
    List<Long> millis = new ArrayList<>();
    long bytes = 0;
    for (int n = 0; n < WARM_UPS + RUNS; n++) {
      HttpRequest request =
          HttpRequest.newBuilder(address)
              .header("Cookie", cookie)
              .timeout(Duration.ofSeconds(120))
              .GET()
              .build();
      long start = System.nanoTime();
      HttpResponse<byte[]> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        return failed("the download failed: " + e);
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      byte[] body = response.body();
      boolean pdf =
          response.statusCode() == 200
              && body.length > 4
              && new String(body, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF");
      if (!pdf) {
        return failed("HTTP " + response.statusCode() + ", not a PDF (" + body.length + " bytes)");
      }
      if (n >= WARM_UPS) {
        millis.add(took);
        bytes = body.length;
      }
    }
    List<Long> sorted = millis.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    long slowest = sorted.get(sorted.size() - 1);
    String report =
        String.format(
            Locale.ROOT,
            "%nBooklet PDF, %d programmes, %,d bytes, alone, %d downloads after %d warm-ups:"
                + " median %d ms, slowest %d ms (target: each under %,d ms: %s)%n",
            programmes,
            bytes,
            RUNS,
            WARM_UPS,
            median,
            slowest,
            TARGET_MILLIS,
            slowest < TARGET_MILLIS ? "met" : "NOT met");
    return new Outcome(report, false);
  }

  private static Outcome failed(String why) {
    return new Outcome(String.format(Locale.ROOT, "%nBooklet PDF: %s%n", why), true);
  }
}
