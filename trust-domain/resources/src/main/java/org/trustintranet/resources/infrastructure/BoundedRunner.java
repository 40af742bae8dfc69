package org.trustintranet.resources.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs work on an uploaded file (a parse, a rendering) on a thread of its own, one task at a time,
 * and gives up on it after a time limit or on any failure, out of memory and stack overflow
 * included: the caller gets an empty result, never an exception.
 *
 * <p>Why its own single daemon thread, not the container's {@code ManagedExecutorService}: Java
 * cannot stop a thread, and a parser caught in a loop on a hostile file may never look at its
 * interruption. Here such a thread is abandoned and replaced by a fresh one, so it never blocks the
 * next file, and it never holds one of the shared pool's threads that every context's asynchronous
 * events use; being a daemon, it never holds the server up at shutdown. One task at a time bounds
 * the memory hostile files can take to one parse per runner. Callers queue for their turn; the time
 * limit counts from the start of their own task, not from the wait.
 */
final class BoundedRunner implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BoundedRunner.class.getName());

  /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static final List<Logger> LIBRARY_LOGS = quietenLibraries();

  /** How long a cancelled task has to notice its interruption before its thread is abandoned. */
  private static final Duration GRACE = Duration.ofSeconds(2);

  private final String name;
  private ExecutorService executor; // guarded by this

  BoundedRunner(String name) {
    this.name = name;
  }

  /**
   * The task's result, or empty when it failed or ran past {@code limit}; {@code what} names the
   * work in the log.
   */
  synchronized <T> Optional<T> run(
      Callable<Optional<T>> task, Duration limit, Supplier<String> what) {
    CountDownLatch finished = new CountDownLatch(1);
    Future<Optional<T>> result =
        executor()
            .submit(
                () -> {
                  try {
                    return task.call();
                  } finally {
                    finished.countDown();
                  }
                });
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException tooSlow) {
      result.cancel(true);
      LOG.warning(() -> "Gave up after " + limit.toSeconds() + " s: " + what.get());
      abandonUnlessStopped(finished);
      return Optional.empty();
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      LOG.info(() -> "Failed (" + cause + "): " + what.get());
      LOG.log(Level.FINE, cause, what);
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Stops the thread, if any; a later {@link #run} starts a new one. */
  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  private void abandonUnlessStopped(CountDownLatch finished) {
    try {
      if (finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    LOG.warning(() -> "A " + name + " thread ignores its interruption; a new one takes over");
    close();
  }

  /**
   * The libraries' own messages about a malformed file (PDFBox alone may write dozens for one bad
   * PDF) would flood the server's log; the one line {@link #run} writes per failure says enough. So
   * PDFBox, FontBox, POI and Tika log only severe messages, unless the operator set their levels in
   * the server's logging settings. Tika's SLF4J and POI's Log4j API both reach java.util.logging
   * (see the module's pom), so these loggers are theirs.
   */
  private static List<Logger> quietenLibraries() {
    List<Logger> loggers =
        Stream.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika")
            .map(Logger::getLogger)
            .toList();
    loggers.stream()
        .filter(logger -> logger.getLevel() == null)
        .forEach(l -> l.setLevel(Level.SEVERE));
    return loggers;
  }

  private ExecutorService executor() {
    if (executor == null) {
      ClassLoader loader = BoundedRunner.class.getClassLoader();
      executor =
          Executors.newSingleThreadExecutor(
              work -> {
                Thread thread = new Thread(work, "trust-" + name);
                thread.setDaemon(true);
                thread.setPriority(Thread.NORM_PRIORITY - 1);
                // Tika and ImageIO find their parsers and readers through the application's loader.
                thread.setContextClassLoader(loader);
                return thread;
              });
    }
    return executor;
  }
}
