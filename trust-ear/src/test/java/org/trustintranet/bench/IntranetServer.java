package org.trustintranet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runnable intranet (trust-intranet.jar) in a process of its own, listening on loopback only,
 * with its output in a log file. Measures its start-up, its memory and, when started with
 * EclipseLink's SQL log, the statements each request runs. Closing it stops the process and its
 * children; a JVM shutdown hook does the same if the benchmark is interrupted. {@link #kill} ends
 * it the hard way instead (KilledServerIT).
 */
public final class IntranetServer implements AutoCloseable {
  /** One HTTP listener, bound to 127.0.0.1: nothing but this machine reaches the server. */
  private static final String LOOPBACK_ONLY =
      "set configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener.address=127.0.0.1\n";

  private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private final Process process;
  private final Path runtimeDir;
  private final Path log;
  private final URI base;
  private final Thread stopOnExit;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private IntranetServer(Process process, Path runtimeDir, Path log, URI base) {
    this.process = process;
    this.runtimeDir = runtimeDir;
    this.log = log;
    this.base = base;
    this.stopOnExit = new Thread(this::stop, "stop-intranet");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts the jar with {@code jvmOptions} (e.g. -Xmx1g), the operator's boot commands ({@code
   * postBoot}, may be null), a pre-boot command that binds the listener to loopback, and {@code
   * environment} (the intranet's settings as an operator gives them, e.g. TRUST_DB_URL: not on the
   * command line, where every local user could read a database password); everything it writes
   * lands in {@code log}.
   */
  public static IntranetServer start(
      Path jar,
      Path workDir,
      int port,
      List<String> jvmOptions,
      Path operatorPostBoot,
      Map<String, String> environment,
      Path log)
      throws IOException {
    Files.createDirectories(workDir);
    // A pre-boot command: the listener binds to 127.0.0.1 from the start (README, "Listening
    // addresses"); as a post-boot command it would listen on every interface until it ran.
    Path preBoot = workDir.resolve("pre-boot-commands.asadmin");
    Files.writeString(preBoot, LOOPBACK_ONLY, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--nocluster",
            "--rootdir",
            workDir.resolve("payara").toString(),
            "--port",
            Integer.toString(port),
            "--prebootcommandfile",
            preBoot.toString()));
    if (operatorPostBoot != null) {
      command.addAll(List.of("--postbootcommandfile", operatorPostBoot.toString()));
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    return new IntranetServer(
        process, workDir.resolve("payara"), log, URI.create("http://127.0.0.1:" + port + "/"));
  }

  public URI base() {
    return base;
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Waits until {@code path} answers 200, polling every 100 ms; fails when the process ends or the
   * time is up. Returns nothing: the caller times it from before {@link #start}.
   */
  public void awaitPage(String path, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    URI uri = base.resolve(path);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The intranet stopped while starting (exit " + process.exitValue() + "); see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "The intranet did not answer " + path + " within " + limit.toSeconds() + " s; see " + log);
  }

  /**
   * Waits until the log contains {@code marker} (e.g. Payara Micro's "ready in"), polling every 200
   * ms; fails when the process ends or the time is up. A restart on a root directory used before
   * first deploys the application it finds there, then undeploys it and deploys it again, so a page
   * answering is not enough to know the start is over.
   */
  public void awaitLog(String marker, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(marker)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The intranet stopped while starting (exit " + process.exitValue() + "); see " + log);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "The intranet did not log \""
            + marker
            + "\" within "
            + limit.toSeconds()
            + " s; see "
            + log);
  }

  /** Resident memory of the server process (VmRSS), in bytes. */
  long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IllegalStateException("No VmRSS in /proc/" + pid() + "/status");
  }

  /** Heap used and committed, in bytes, as the JVM reports it now (jcmd GC.heap_info). */
  long[] heapUsedAndCommitted() throws IOException, InterruptedException {
    return parseHeapInfo(jcmd("GC.heap_info"));
  }

  /** Runs a full garbage collection in the server, so that the heap then holds live data only. */
  void collectGarbage() throws IOException, InterruptedException {
    jcmd("GC.run");
  }

  static long[] parseHeapInfo(String heapInfo) {
    Matcher m = HEAP_USED.matcher(heapInfo);
    if (!m.find()) {
      throw new IllegalStateException("Unexpected jcmd GC.heap_info output: " + heapInfo);
    }
    return new long[] {Long.parseLong(m.group(2)) * 1024, Long.parseLong(m.group(1)) * 1024};
  }

  private String jcmd(String what) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what)
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("jcmd " + what + " failed: " + new String(out));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** How far the log has grown, to count what a request adds to it. */
  long logSize() throws IOException {
    return Files.size(log);
  }

  /** Waits until the log has not grown for {@code quiet} (at most 10 s), then returns its size. */
  long awaitQuietLog(Duration quiet) throws IOException, InterruptedException {
    long size = logSize();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Thread.sleep(50);
      long now = logSize();
      if (now != size) {
        size = now;
        stableSince = System.nanoTime();
      } else if (System.nanoTime() - stableSince >= quiet.toNanos()) {
        break;
      }
    }
    return size;
  }

  /** The log written between two sizes. */
  String logBetween(long from, long to) throws IOException {
    try (var file = java.nio.channels.FileChannel.open(log)) {
      var buffer = java.nio.ByteBuffer.allocate((int) (to - from));
      file.read(buffer, from);
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
  }

  /** Where everything the server writes lands. */
  public Path log() {
    return log;
  }

  /**
   * Kills the server's JVM at once, as {@code kill -9} would: the process started is the java
   * process itself (no shell in between), and {@link Process#destroyForcibly} sends it SIGKILL on
   * Linux, so no shutdown hook, no transaction rollback, no connection close runs in it. Returns
   * its exit value once it is gone (137 = 128 + SIGKILL's 9 on Linux).
   */
  public int kill() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The intranet (pid " + pid() + ") outlived SIGKILL");
    }
    children.forEach(ProcessHandle::destroyForcibly);
    return process.exitValue();
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /** Stops the server and removes its unpacked runtime (120 MB a start); the log stays. */
  @Override
  public void close() {
    stop();
    if (Files.isDirectory(runtimeDir)) {
      try (Stream<Path> files = Files.walk(runtimeDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // only disk space is lost; the figures are unaffected
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
