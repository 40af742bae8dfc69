package org.trustintranet.web.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustintranet.web.architecture.ArchitectureTest;

/**
 * Every HTTP thread can hold one connection for each persistence unit at once (the kernel's and
 * each context's, all over the one pool of {@link DataSourceConfig}); with fewer connections than
 * that, a busy server can have every thread holding one and waiting for another, and stop. This
 * happened: 64 threads and 40 connections, and the benchmark's news search (news, then the authors
 * from membership, in one transaction) stopped dead within a second.
 */
class ConnectionBudgetTest {
  private static final Pattern THREADS =
      Pattern.compile("http-thread-pool\\.max-thread-pool-size=(\\d+)");

  @ParameterizedTest
  @ValueSource(strings = {"post-boot-commands.asadmin", "cluster-post-boot-commands.asadmin"})
  void thePoolHoldsOneConnectionPerUnitForEveryThread(String file) throws IOException {
    String commands = Files.readString(Path.of("..", "config", file));
    Matcher threads = THREADS.matcher(commands);
    assertTrue(threads.find(), file + " sets the HTTP threads");
    int units = ArchitectureTest.contextNames().size() + 1; // and the kernel's
    int needed = Integer.parseInt(threads.group(1)) * units;
    assertTrue(
        DataSourceConfig.MAX_POOL_SIZE >= needed,
        file
            + ": "
            + threads.group(1)
            + " threads × "
            + units
            + " persistence units need "
            + needed
            + " connections, the pool has "
            + DataSourceConfig.MAX_POOL_SIZE);
  }
}
