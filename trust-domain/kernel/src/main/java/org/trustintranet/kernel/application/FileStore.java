package org.trustintranet.kernel.application;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;

/**
 * Keeps the bytes of uploaded files, named by their SHA-256 hash ({@link ContentId}). Content is
 * streamed in and out, never held in memory whole, and appears in the store complete or not at all.
 * Identical content is kept once. The store knows nothing about file names, owners or types: the
 * context that owns an upload keeps that metadata in its own tables, next to the {@link ContentId}.
 *
 * <p>Failures to read or write the disk are thrown as {@link java.io.UncheckedIOException}.
 */
public interface FileStore {
  /** Message key of the refusal of content longer than the caller allows; argument: the limit. */
  String TOO_LARGE = "error.file.tooLarge";

  /** Message key of a request for content the store does not hold; argument: the content id. */
  String NOT_FOUND = "error.file.notFound";

  /**
   * Reads {@code in} to its end and keeps its bytes, unless there are more than {@code maxBytes}.
   * When the same content is already stored, the existing copy is kept and its id returned. Does
   * not close {@code in}: whoever opened it closes it.
   *
   * @throws BusinessException with key {@link #TOO_LARGE} when {@code in} holds more than {@code
   *     maxBytes}; nothing is kept
   */
  StoredContent store(InputStream in, long maxBytes);

  /**
   * The content to read, or empty when the store does not hold it. The caller closes the stream.
   */
  Optional<InputStream> open(ContentId id);

  boolean exists(ContentId id);

  /**
   * True when content can be stored now: the store's directory exists (or can be made) and takes a
   * new file. Asked by the readiness check, so that an instance whose shared disk went away stops
   * taking traffic.
   */
  boolean writable();

  /**
   * The length of stored content in bytes.
   *
   * @throws NotFoundException with key {@link #NOT_FOUND} when the store does not hold it
   */
  long size(ContentId id);

  /**
   * Removes content; does nothing when it is absent. Content is shared by every upload with the
   * same bytes, so the owning context deletes it only when no metadata row refers to it any more.
   */
  void delete(ContentId id);

  /**
   * Removes the unfinished uploads left behind after a server was killed mid-upload (or lost its
   * disk, or ran out of memory): the temporary files of uploads that were never moved into place,
   * when they were last written more than {@code olderThan} ago. Safe when several instances share
   * the store and run it at the same time: a file another instance already removed is skipped, and
   * an upload still being written is kept, as long as {@code olderThan} is longer than any upload
   * can pause between two writes (hours, not seconds). Stored content is never touched.
   *
   * @return how many files this call removed
   */
  int removeAbandonedUploads(Duration olderThan);
}
