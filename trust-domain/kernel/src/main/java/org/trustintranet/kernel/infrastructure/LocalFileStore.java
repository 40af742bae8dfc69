package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.NotFoundException;

/**
 * The file store on a local or shared disk (every instance of a cluster mounts the same directory).
 * Content lives at {@code root/ab/cd/abcd…} after its hash. Uploads are written to {@code
 * root/incoming} first, on the same file system, so that moving a complete file into place is
 * atomic: a reader, or another instance, sees the whole content or none of it.
 */
@ApplicationScoped
public class LocalFileStore implements FileStore {
  /** The MicroProfile Config setting naming the store's directory. */
  public static final String DIRECTORY_SETTING = "trust.files.dir";

  /** The directory used when {@link #DIRECTORY_SETTING} is not set, relative to the working one. */
  public static final String DEFAULT_DIRECTORY = "./trust-data/files";

  /**
   * Where uploads are written until complete; never mistaken for a two-hex-digit fan-out folder.
   */
  static final String INCOMING = "incoming";

  private static final Logger LOG = Logger.getLogger(LocalFileStore.class.getName());

  private static final Set<PosixFilePermission> OWNER_READ_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ);

  private final Path root;

  /** For the container's client proxy only; the proxy hands every call to the real instance. */
  protected LocalFileStore() {
    root = null;
  }

  @Inject
  public LocalFileStore(
      @ConfigProperty(name = DIRECTORY_SETTING, defaultValue = DEFAULT_DIRECTORY)
          String directory) {
    this(Path.of(directory));
  }

  /** A store kept under {@code root}, which is created when the first content is stored. */
  public LocalFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public StoredContent store(InputStream in, long maxBytes) {
    Objects.requireNonNull(in, "in");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    Path incoming = null;
    try {
      incoming =
          Files.createTempFile(Files.createDirectories(root.resolve(INCOMING)), "upload-", ".part");
      MessageDigest sha256 = sha256();
      long size = copyAtMost(in, sha256, incoming, maxBytes);
      ContentId id = ContentId.ofDigest(sha256.digest());
      makeReadOnly(incoming);
      if (moveIntoPlace(incoming, pathOf(id))) {
        incoming = null;
      }
      return new StoredContent(id, size);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store content under " + root, e);
    } finally {
      if (incoming != null) {
        deleteQuietly(incoming);
      }
    }
  }

  @Override
  public Optional<InputStream> open(ContentId id) {
    Path file = pathOf(id);
    try {
      return Optional.of(Files.newInputStream(file));
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open " + file, e);
    }
  }

  @Override
  public boolean writable() {
    try {
      Path probe =
          Files.createTempFile(Files.createDirectories(root.resolve(INCOMING)), "probe-", ".tmp");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  @Override
  public boolean exists(ContentId id) {
    return Files.isRegularFile(pathOf(id));
  }

  @Override
  public long size(ContentId id) {
    Path file = pathOf(id);
    try {
      return Files.size(file);
    } catch (NoSuchFileException absent) {
      throw new NotFoundException(NOT_FOUND, id.sha256Hex());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the size of " + file, e);
    }
  }

  @Override
  public void delete(ContentId id) {
    Path file = pathOf(id);
    try {
      deleteFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + file, e);
    }
  }

  @Override
  public int removeAbandonedUploads(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan must not be negative: " + olderThan);
    }
    Instant cutoff = Instant.now().minus(olderThan);
    Path incoming = root.resolve(INCOMING);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming)) {
      for (Path file : files) {
        if (lastWrittenBefore(file, cutoff) && deleteFile(file)) {
          removed++;
        }
      }
    } catch (NoSuchFileException nothingUploadedYet) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clear abandoned uploads from " + incoming, e);
    } catch (DirectoryIteratorException e) {
      throw new UncheckedIOException(
          "Could not clear abandoned uploads from " + incoming, e.getCause());
    }
    if (removed > 0) {
      int count = removed;
      LOG.info(() -> "Removed " + count + " abandoned upload file(s) from " + incoming);
    }
    return removed;
  }

  /**
   * Whether {@code file} is a plain file last written before {@code cutoff}; false when it is gone
   * (moved into place, or removed by another instance) between the listing and this look.
   */
  private static boolean lastWrittenBefore(Path file, Instant cutoff) throws IOException {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile()
          && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
    } catch (NoSuchFileException gone) {
      return false;
    }
  }

  /**
   * Where content lives: two levels of folders named after the hash's first four hex digits keep
   * any one folder small. The id is validated hex, so the path cannot leave the root.
   */
  private Path pathOf(ContentId id) {
    String hex = Objects.requireNonNull(id, "id").sha256Hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
  }

  /**
   * Copies {@code in} to {@code target}, hashing it on the way ({@link HashingCopier}), and forces
   * the bytes to disk before the file is moved into place.
   */
  private static long copyAtMost(InputStream in, MessageDigest digest, Path target, long maxBytes)
      throws IOException {
    try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
      long copied = HashingCopier.copyAtMost(in, digest, out, maxBytes);
      out.force(true);
      return copied;
    }
  }

  /**
   * Moves a complete upload to its place, or leaves it where it is when that content is already
   * stored. Returns whether it moved. Two stores of the same content may race here: both succeed,
   * as both copies are identical.
   */
  private static boolean moveIntoPlace(Path incoming, Path target) throws IOException {
    if (Files.isRegularFile(target)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      if (Files.isRegularFile(target)) {
        return false; // another store of the same content got there first
      }
      throw e;
    }
  }

  /** Stored files are read-only to their owner, with no execute bit, so nothing rewrites them. */
  private static void makeReadOnly(Path file) throws IOException {
    if (isPosix(file)) {
      Files.setPosixFilePermissions(file, OWNER_READ_ONLY);
    } else {
      Files.setAttribute(file, "dos:readonly", true);
    }
  }

  /**
   * Deletes a file of the store, if present, and says whether this call deleted it; Windows refuses
   * to delete a read-only one as it is.
   */
  private static boolean deleteFile(Path file) throws IOException {
    try {
      if (!isPosix(file)) {
        Files.setAttribute(file, "dos:readonly", false);
      }
      return Files.deleteIfExists(file);
    } catch (NoSuchFileException alreadyGone) {
      return false; // nothing to delete: another instance, or another call, got there first
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      deleteFile(file);
    } catch (IOException | RuntimeException e) {
      // Logged, not thrown: the reason the upload failed matters more than a stray file.
      LOG.log(Level.WARNING, e, () -> "Could not delete the temporary upload file " + file);
    }
  }

  private static boolean isPosix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
