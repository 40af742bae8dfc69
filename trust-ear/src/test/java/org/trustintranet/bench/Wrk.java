package org.trustintranet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian's package) with the benchmark's script: one scenario, a fixed time, a fixed
 * number of connections, against a loopback address only. The process is killed if it overruns.
 */
final class Wrk {
  private final Path executable;
  private final Path script;
  private final int threads;
  private final int connections;

  Wrk(Path executable, Path workDir, int threads, int connections) throws IOException {
    this.executable = executable;
    this.threads = threads;
    this.connections = connections;
    this.script = workDir.resolve("scenario.lua");
    try (InputStream in = Wrk.class.getResourceAsStream("/bench/scenario.lua")) {
      if (in == null) {
        throw new IllegalStateException("bench/scenario.lua is missing from the test classpath");
      }
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The wrk on the PATH, or empty. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs one scenario for {@code duration}; its prepared requests are in {@code requestsFile}. */
  LoadResult run(URI base, Scenario scenario, Path requestsFile, Duration duration, Path output)
      throws IOException, InterruptedException {
    if (!base.getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("The benchmark drives loopback only, not " + base);
    }
    List<String> command =
        List.of(
            executable.toString(),
            "-t" + threads,
            "-c" + connections,
            "-d" + duration.toSeconds() + "s",
            "--timeout",
            "10s",
            "-s",
            script.toString(),
            base.toString(),
            "--",
            requestsFile.toAbsolutePath().toString(),
            Integer.toString(scenario.expectedStatus()),
            scenario.marker(),
            scenario.once() ? "once" : "cycle",
            Integer.toString(threads));
    Process wrk =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("wrk did not finish in time; see " + output);
      }
    } finally {
      wrk.destroyForcibly();
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    return LoadResult.parse(text)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "wrk printed no result (exit " + wrk.exitValue() + "): " + text.strip()));
  }
}
