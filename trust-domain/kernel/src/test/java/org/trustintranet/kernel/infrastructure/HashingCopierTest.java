package org.trustintranet.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;

class HashingCopierTest {
  private static final int BUFFER = HashingCopier.BUFFER_BYTES;
  private static final String HASHER_THREAD = "file-store-hash";

  @TempDir Path dir;

  @AfterEach
  void leavesNoHashingThreadBehind() {
    assertEquals(Set.of(), hashingThreads());
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0,
        1,
        1000,
        BUFFER - 1,
        BUFFER,
        BUFFER + 1,
        2 * BUFFER,
        HashingCopier.BUFFERS * BUFFER,
        HashingCopier.BUFFERS * BUFFER + 1,
        5 * 1024 * 1024 + 17
      })
  void copiesAndHashesEveryLength(int length) throws IOException {
    byte[] content = randomBytes(length, length);

    Copy copy = copy(new ByteArrayInputStream(content), Long.MAX_VALUE);

    assertEquals(length, copy.size);
    assertEquals(sha256Hex(content), copy.hex);
    assertArrayEquals(content, Files.readAllBytes(copy.file));
  }

  @Test
  void hashesEmptyContentAsNothing() throws IOException {
    Copy copy = copy(InputStream.nullInputStream(), 0);

    assertEquals(0, copy.size);
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", copy.hex);
  }

  @Test
  void fillsEachBufferFromAStreamThatGivesAFewBytesAtATime() throws IOException {
    byte[] content = randomBytes(3 * BUFFER + 5, 7);

    Copy copy = copy(trickle(new ByteArrayInputStream(content), 1000), Long.MAX_VALUE);

    assertEquals(sha256Hex(content), copy.hex);
    assertArrayEquals(content, Files.readAllBytes(copy.file));
  }

  @Test
  void acceptsContentOfExactlyTheLimit() throws IOException {
    byte[] content = randomBytes(3 * BUFFER, 8);

    assertEquals(content.length, copy(new ByteArrayInputStream(content), content.length).size);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, BUFFER - 1, BUFFER, 3 * BUFFER + 5})
  void refusesContentOverTheLimitReadingOneBytePastIt(int limit) {
    CountingStream source = new CountingStream(new ByteArrayInputStream(randomBytes(limit * 2, 9)));

    BusinessException refused = assertThrows(BusinessException.class, () -> copy(source, limit));

    assertEquals(FileStore.TOO_LARGE, refused.messageKey());
    assertArrayEquals(new Object[] {(long) limit}, refused.arguments());
    assertEquals(limit + 1, source.delivered);
  }

  @Test
  void passesOnAFailureOfTheStreamAndEndsItsThread() {
    IOException broken = new IOException("the browser went away");
    InputStream failing =
        new CountingStream(new ByteArrayInputStream(randomBytes(10 * BUFFER, 10))) {
          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            if (delivered > 5 * BUFFER) {
              throw broken;
            }
            return super.read(buffer, offset, count);
          }
        };

    IOException thrown = assertThrows(IOException.class, () -> copy(failing, Long.MAX_VALUE));

    assertSame(broken, thrown);
    // and @AfterEach: no hashing thread left
  }

  @Test
  void endsItsThreadWhenTheStreamThrowsAnUncheckedException() {
    IllegalStateException broken = new IllegalStateException("container closed the request");
    InputStream failing =
        new CountingStream(new ByteArrayInputStream(randomBytes(4 * BUFFER, 11))) {
          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            if (delivered >= BUFFER + 10) {
              throw broken;
            }
            return super.read(buffer, offset, count);
          }
        };

    assertSame(broken, assertThrows(IllegalStateException.class, () -> copy(failing, 1 << 30)));
  }

  @Test
  void stopsWhenItsCallerIsInterruptedAndKeepsTheInterrupt() {
    InputStream interrupting =
        new CountingStream(new ByteArrayInputStream(randomBytes(20 * BUFFER, 12))) {
          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            if (delivered >= 2 * BUFFER) {
              Thread.currentThread().interrupt();
            }
            return super.read(buffer, offset, count);
          }
        };

    try {
      assertThrows(IOException.class, () -> copy(interrupting, Long.MAX_VALUE));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted(); // not passed on to the next test
    }
  }

  @Test
  void endsTheCopyWhenHashingFails() {
    IllegalStateException broken = new IllegalStateException("no more hashing");
    MessageDigest failing =
        new MessageDigest("failing") {
          private long hashed;

          @Override
          protected void engineUpdate(byte input) {
            engineUpdate(new byte[] {input}, 0, 1);
          }

          @Override
          protected void engineUpdate(byte[] input, int offset, int length) {
            hashed += length;
            if (hashed > 2 * BUFFER) {
              throw broken;
            }
          }

          @Override
          protected byte[] engineDigest() {
            return new byte[0];
          }

          @Override
          protected void engineReset() {}
        };
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] buffer, int offset, int count) {
            return count;
          }
        };

    IOException thrown =
        assertThrows(
            IOException.class,
            () -> {
              Path file = Files.createTempFile(dir, "copy-", ".part");
              try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                HashingCopier.copyAtMost(endless, failing, out, Long.MAX_VALUE);
              }
            });

    assertSame(broken, thrown.getCause());
  }

  @Test
  void storeLeavesNoPartialFileWhenTheStreamFails() {
    LocalFileStore store = new LocalFileStore(dir.resolve("store"));
    InputStream failing =
        new CountingStream(new ByteArrayInputStream(randomBytes(10 * BUFFER, 13))) {
          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            if (delivered > 6 * BUFFER) {
              throw new IOException("aborted");
            }
            return super.read(buffer, offset, count);
          }
        };

    assertThrows(RuntimeException.class, () -> store.store(failing, Long.MAX_VALUE));

    assertFalse(anyFileUnder(dir.resolve("store")));
  }

  private record Copy(Path file, long size, String hex) {}

  private Copy copy(InputStream in, long maxBytes) throws IOException {
    Path file = Files.createTempFile(dir, "copy-", ".part");
    MessageDigest digest = sha256();
    long size;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
      size = HashingCopier.copyAtMost(in, digest, out, maxBytes);
    }
    return new Copy(file, size, HexFormat.of().formatHex(digest.digest()));
  }

  private static boolean anyFileUnder(Path root) {
    try (var files = Files.walk(root)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The live hashing threads; a stopped one may take a moment to be gone from the list. */
  private static Set<String> hashingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> HASHER_THREAD.equals(t.getName()) && t.isAlive())
        .map(t -> t.getName() + " " + t.getState())
        .collect(Collectors.toSet());
  }

  private static InputStream trickle(InputStream in, int most) {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] buffer, int offset, int count) throws IOException {
        return super.read(buffer, offset, Math.min(count, most));
      }
    };
  }

  /** Counts the bytes it hands out. */
  private static class CountingStream extends FilterInputStream {
    long delivered;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      int n = super.read(buffer, offset, Math.min(count, 8192));
      if (n > 0) {
        delivered += n;
      }
      return n;
    }
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
