package org.trustintranet.kernel.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;

class LocalFileStoreTest {
  private static final long ONE_MEGABYTE = 1024 * 1024;
  private static final String SHA_256_OF_NOTHING =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @TempDir Path root;
  private FileStore store;

  @BeforeEach
  void openStore() {
    store = new LocalFileStore(root);
  }

  @Test
  void givesBackTheBytesItWasGiven() throws IOException {
    byte[] lessonPlan = randomBytes(200_000, 1);

    StoredContent stored = store.store(new ByteArrayInputStream(lessonPlan), ONE_MEGABYTE);

    assertEquals(lessonPlan.length, stored.size());
    assertEquals(lessonPlan.length, store.size(stored.id()));
    assertTrue(store.exists(stored.id()));
    try (InputStream in = store.open(stored.id()).orElseThrow()) {
      assertArrayEquals(lessonPlan, in.readAllBytes());
    }
  }

  @Test
  void namesContentByItsSha256() {
    byte[] text = "Year 7 fractions: worked examples".getBytes(UTF_8);

    ContentId id = store.store(new ByteArrayInputStream(text), ONE_MEGABYTE).id();

    assertEquals(sha256Hex(text), id.sha256Hex());
    String hex = id.sha256Hex();
    assertTrue(
        Files.isRegularFile(
            root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex)));
  }

  @Test
  void keepsIdenticalContentOnce() throws IOException {
    byte[] policy = randomBytes(10_000, 2);

    StoredContent first = store.store(new ByteArrayInputStream(policy), ONE_MEGABYTE);
    StoredContent second = store.store(new ByteArrayInputStream(policy), ONE_MEGABYTE);

    assertEquals(first, second);
    assertEquals(1, storedFiles().size());
    assertTrue(incomingFiles().isEmpty());
  }

  @Test
  void refusesContentOverTheLimitAndKeepsNothing() throws IOException {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> store.store(new ByteArrayInputStream(randomBytes(1001, 3)), 1000));

    assertEquals(FileStore.TOO_LARGE, refused.messageKey());
    assertEquals("error.file.tooLarge", refused.messageKey());
    assertArrayEquals(new Object[] {1000L}, refused.arguments());
    assertTrue(storedFiles().isEmpty());
    assertTrue(incomingFiles().isEmpty());
  }

  @Test
  void refusesALongStreamWithoutReadingItAll() throws IOException {
    GeneratedStream endless = new GeneratedStream(Long.MAX_VALUE);

    assertThrows(BusinessException.class, () -> store.store(endless, ONE_MEGABYTE));

    assertEquals(ONE_MEGABYTE + 1, endless.delivered);
    assertTrue(storedFiles().isEmpty());
  }

  @Test
  void acceptsContentOfExactlyTheLimit() {
    assertEquals(1000, store.store(new ByteArrayInputStream(randomBytes(1000, 4)), 1000).size());
  }

  @Test
  void streamsContentLargerThanItsBuffer() throws IOException {
    long length = 5 * ONE_MEGABYTE + 17;

    StoredContent stored = store.store(new GeneratedStream(length), 10 * ONE_MEGABYTE);

    assertEquals(length, stored.size());
    try (InputStream in = store.open(stored.id()).orElseThrow()) {
      assertEquals(stored.id(), ContentId.ofDigest(digestOf(in)));
    }
  }

  @Test
  void fillsItsBufferFromAStreamThatGivesAFewBytesAtATime() throws IOException {
    long length = 3 * ONE_MEGABYTE + 5;
    GeneratedStream source = new GeneratedStream(length);
    InputStream trickle =
        new java.io.FilterInputStream(source) {
          @Override
          public int read(byte[] buffer, int offset, int count) throws IOException {
            return super.read(buffer, offset, Math.min(count, 1000));
          }
        };

    StoredContent stored = store.store(trickle, length);

    assertEquals(length, stored.size());
    try (InputStream in = store.open(stored.id()).orElseThrow()) {
      assertEquals(stored.id(), ContentId.ofDigest(digestOf(in)));
      assertEquals(stored.id(), ContentId.ofDigest(digestOf(new GeneratedStream(length))));
    }
  }

  @Test
  void acceptsEmptyContent() throws IOException {
    StoredContent empty = store.store(InputStream.nullInputStream(), 0);

    assertEquals(new StoredContent(new ContentId(SHA_256_OF_NOTHING), 0), empty);
    try (InputStream in = store.open(empty.id()).orElseThrow()) {
      assertEquals(-1, in.read());
    }
  }

  @Test
  void findsNothingForAnUnknownId() {
    ContentId unknown = new ContentId("0".repeat(64));

    assertTrue(store.open(unknown).isEmpty());
    assertFalse(store.exists(unknown));
    NotFoundException notFound = assertThrows(NotFoundException.class, () -> store.size(unknown));
    assertEquals(FileStore.NOT_FOUND, notFound.messageKey());
  }

  @Test
  void writesFilesReadOnlyToTheirOwner() throws IOException {
    assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));

    store.store(new ByteArrayInputStream(randomBytes(100, 5)), ONE_MEGABYTE);

    assertEquals(
        Set.of(PosixFilePermission.OWNER_READ),
        Files.getPosixFilePermissions(storedFiles().get(0)));
  }

  @Test
  void storesTheSameContentFromManyThreadsAtOnce() throws Exception {
    byte[] timetable = randomBytes(300_000, 6);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    Callable<StoredContent> storeTimetable =
        () -> {
          start.await();
          return store.store(new ByteArrayInputStream(timetable), ONE_MEGABYTE);
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<StoredContent>> results =
          IntStream.range(0, threads).mapToObj(i -> pool.submit(storeTimetable)).toList();
      start.countDown();
      for (Future<StoredContent> result : results) {
        assertEquals(
            new StoredContent(ContentId.ofDigest(sha256(timetable)), timetable.length),
            result.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, storedFiles().size());
    assertTrue(incomingFiles().isEmpty());
    try (InputStream in = store.open(ContentId.ofDigest(sha256(timetable))).orElseThrow()) {
      assertArrayEquals(timetable, in.readAllBytes());
    }
  }

  @Test
  void deletesContentAndIgnoresWhatIsAlreadyGone() {
    ContentId id = store.store(new ByteArrayInputStream(randomBytes(100, 7)), ONE_MEGABYTE).id();

    store.delete(id);

    assertFalse(store.exists(id));
    assertTrue(store.open(id).isEmpty());
    store.delete(id);
  }

  @Test
  void createsItsDirectoryWhenFirstUsed() {
    Path notYetThere = root.resolve("trust-data").resolve("files");
    FileStore fresh = new LocalFileStore(notYetThere);
    assertFalse(fresh.exists(new ContentId(SHA_256_OF_NOTHING)));
    assertFalse(Files.exists(notYetThere));

    fresh.store(InputStream.nullInputStream(), 0);

    assertTrue(fresh.exists(new ContentId(SHA_256_OF_NOTHING)));
  }

  @Test
  void removesUploadsAbandonedLongAgoAndKeepsFreshOnes() throws IOException {
    ContentId stored =
        store.store(new ByteArrayInputStream(randomBytes(100, 8)), ONE_MEGABYTE).id();
    Path incoming = Files.createDirectories(root.resolve(LocalFileStore.INCOMING));
    Path fresh = Files.write(incoming.resolve("upload-fresh.part"), randomBytes(10, 9));
    Path old = Files.write(incoming.resolve("upload-old.part"), randomBytes(10, 10));
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

    assertEquals(1, store.removeAbandonedUploads(Duration.ofHours(6)));

    assertTrue(Files.exists(fresh), "an upload still being written is kept");
    assertFalse(Files.exists(old));
    assertTrue(store.exists(stored), "stored content is never touched");
    assertEquals(0, store.removeAbandonedUploads(Duration.ofHours(6)));
  }

  @Test
  void removesAnAbandonedUploadAlreadyMadeReadOnly() throws IOException {
    Path incoming = Files.createDirectories(root.resolve(LocalFileStore.INCOMING));
    Path old = Files.write(incoming.resolve("upload-killed-before-its-move.part"), new byte[] {1});
    old.toFile().setReadOnly();
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

    assertEquals(1, store.removeAbandonedUploads(Duration.ofHours(1)));
    assertFalse(Files.exists(old));
  }

  @Test
  void findsNothingToRemoveBeforeTheFirstUpload() {
    assertEquals(0, store.removeAbandonedUploads(Duration.ZERO));
    assertFalse(Files.exists(root.resolve(LocalFileStore.INCOMING)));
  }

  @Test
  void removesEachAbandonedUploadOnceWhenInstancesSharingTheStoreCleanAtOnce() throws Exception {
    Path incoming = Files.createDirectories(root.resolve(LocalFileStore.INCOMING));
    FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
    int abandoned = 200;
    for (int i = 0; i < abandoned; i++) {
      Files.setLastModifiedTime(
          Files.write(incoming.resolve("upload-" + i + ".part"), new byte[] {(byte) i}), longAgo);
    }
    int instances = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      List<Future<Integer>> removed =
          IntStream.range(0, instances)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return new LocalFileStore(root)
                                .removeAbandonedUploads(Duration.ofHours(1));
                          }))
              .toList();
      start.countDown();
      int total = 0;
      for (Future<Integer> count : removed) {
        total += count.get();
      }
      assertEquals(abandoned, total);
    } finally {
      pool.shutdownNow();
    }
    assertTrue(incomingFiles().isEmpty());
  }

  @Test
  void refusesANegativeAge() {
    assertThrows(
        IllegalArgumentException.class, () -> store.removeAbandonedUploads(Duration.ofHours(-1)));
  }

  /** Content files under the root, leaving out unfinished uploads. */
  private List<Path> storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.startsWith(root.resolve(LocalFileStore.INCOMING)))
          .toList();
    }
  }

  private List<Path> incomingFiles() throws IOException {
    Path incoming = root.resolve(LocalFileStore.INCOMING);
    if (!Files.exists(incoming)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(incoming)) {
      return files.toList();
    }
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  private static byte[] sha256(byte[] bytes) {
    return newSha256().digest(bytes);
  }

  private static byte[] digestOf(InputStream in) throws IOException {
    MessageDigest digest = newSha256();
    byte[] buffer = new byte[8192];
    for (int read; (read = in.read(buffer)) != -1; ) {
      digest.update(buffer, 0, read);
    }
    return digest.digest();
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stream of {@code length} generated bytes that never exist in memory all at once. */
  private static final class GeneratedStream extends InputStream {
    private final long length;
    long delivered;

    GeneratedStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      return delivered < length ? (int) (delivered++ * 31 % 251) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (delivered >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - delivered);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) (delivered++ * 31 % 251);
      }
      return n;
    }
  }

  @Test
  void isWritableWhileItsDirectoryTakesFilesAndNotOnceItCannot() throws IOException {
    assertTrue(store.writable());
    try (var left = Files.list(root.resolve("incoming"))) {
      assertTrue(left.findAny().isEmpty(), "the probe is removed");
    }

    Path file = root.resolve("not-a-directory");
    Files.writeString(file, "a file where the store's directory should be");
    assertFalse(new LocalFileStore(file).writable());
  }
}
