package org.trustintranet.kernel.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * Copies a stream into a file while a second thread hashes the same bytes, so that an upload's
 * thread only reads and writes: SHA-256 runs at 680-870 MB/s here, and on the uploading thread it
 * took more time than the copy itself. The two threads pass a few reusable buffers round a loop:
 * the copying thread fills a free buffer from the stream, writes it to the file and hands it to the
 * hashing thread, which hashes the buffers in the order they were written and gives each back.
 * Memory stays at {@link #BUFFERS} buffers whatever the length.
 *
 * <p>The hashing thread is a plain daemon thread, one per copy, started only when the content does
 * not fit in the first buffer (small files are hashed inline) and always ended and joined before
 * {@link #copyAtMost} returns or throws: no thread outlives a copy, so nothing needs shutting down,
 * also outside a container (the unit tests). Uploads are bounded by the container's request
 * threads, and so are these threads, one each.
 */
final class HashingCopier {
  /**
   * Each buffer's size: 128 KB, which a stream fills in a few reads and the file takes in one
   * write, while four of them still fit the processor's cache.
   */
  static final int BUFFER_BYTES = 128 * 1024;

  /** How many buffers circulate: enough that neither thread waits for the other's slow moments. */
  static final int BUFFERS = 4;

  /** A buffer and how much of it holds bytes; {@link #END} tells the hashing thread to stop. */
  private static final class Chunk {
    final byte[] bytes;
    int length;
    boolean ended;

    Chunk(int size) {
      bytes = new byte[size];
    }
  }

  private static final Chunk END = new Chunk(0);

  private HashingCopier() {}

  /**
   * Copies {@code in} to the end into {@code out}, reading at most one byte past {@code maxBytes},
   * and updates {@code digest} with every byte copied; returns how many. The digest is complete
   * when this returns. Does not force or close {@code out}.
   *
   * @throws BusinessException {@link FileStore#TOO_LARGE} when {@code in} holds more than {@code
   *     maxBytes}
   */
  static long copyAtMost(InputStream in, MessageDigest digest, FileChannel out, long maxBytes)
      throws IOException {
    Chunk first = new Chunk(BUFFER_BYTES);
    long copied = fill(first, in, maxBytes);
    refuseOver(maxBytes, copied);
    write(first, out);
    if (first.ended) {
      digest.update(first.bytes, 0, first.length);
      return copied;
    }
    Hasher hasher = new Hasher(digest);
    hasher.start();
    try {
      hasher.hash(first);
      while (true) {
        Chunk chunk = hasher.freeChunk();
        copied += fill(chunk, in, maxBytes - copied);
        refuseOver(maxBytes, copied);
        write(chunk, out);
        hasher.hash(chunk);
        if (chunk.ended) {
          hasher.finish();
          return copied;
        }
      }
    } finally {
      hasher.stop();
    }
  }

  /**
   * Fills {@code chunk} as far as the stream gives (a request's stream hands over a few KB per
   * read), at most one byte past {@code allowed}; marks it ended at the end of the stream.
   */
  private static long fill(Chunk chunk, InputStream in, long allowed) throws IOException {
    int wanted = allowed >= chunk.bytes.length ? chunk.bytes.length : (int) allowed + 1;
    int filled = 0;
    chunk.ended = false;
    while (filled < wanted) {
      int read = in.read(chunk.bytes, filled, wanted - filled);
      if (read == -1) {
        chunk.ended = true;
        break;
      }
      filled += read;
    }
    chunk.length = filled;
    return filled;
  }

  private static void refuseOver(long maxBytes, long copied) {
    if (copied > maxBytes) {
      throw new BusinessException(FileStore.TOO_LARGE, maxBytes);
    }
  }

  private static void write(Chunk chunk, FileChannel out) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(chunk.bytes, 0, chunk.length);
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  /** The second thread and the two queues the buffers go round. */
  private static final class Hasher implements Runnable {
    private final MessageDigest digest;
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(BUFFERS);
    // room for every buffer and END, so that handing over never waits
    private final BlockingQueue<Chunk> toHash = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Thread thread;
    private volatile Throwable failure;

    Hasher(MessageDigest digest) {
      this.digest = digest;
      for (int i = 1; i < BUFFERS; i++) { // the copy's first chunk is the last one
        free.add(new Chunk(BUFFER_BYTES));
      }
      thread = new Thread(this, "file-store-hash");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    @Override
    public void run() {
      try {
        for (Chunk chunk = toHash.take(); chunk != END; chunk = toHash.take()) {
          digest.update(chunk.bytes, 0, chunk.length);
          free.add(chunk);
        }
      } catch (InterruptedException stopped) {
        // the copy failed or was abandoned: nothing more to hash
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    /** A buffer the hashing thread is done with; waits while all are in use. */
    Chunk freeChunk() throws IOException {
      while (true) {
        throwIfFailed();
        try {
          Chunk chunk = free.poll(1, TimeUnit.SECONDS);
          if (chunk != null) {
            return chunk;
          }
          if (!thread.isAlive()) {
            throwIfFailed();
            throw new IOException("The hashing thread ended before the copy");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("Interrupted while copying");
        }
      }
    }

    void hash(Chunk chunk) {
      toHash.add(chunk);
    }

    /** Waits until every buffer handed over is hashed. */
    void finish() throws IOException {
      toHash.add(END);
      joinUninterruptibly();
      throwIfFailed();
    }

    /** Ends the thread, done or not, and waits for it: called on every way out of the copy. */
    void stop() {
      if (thread.isAlive()) {
        thread.interrupt();
        joinUninterruptibly();
      }
    }

    private void joinUninterruptibly() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private void throwIfFailed() throws IOException {
      Throwable e = failure;
      if (e instanceof Error error) {
        throw error;
      }
      if (e != null) {
        throw new IOException("Could not hash the content", e);
      }
    }
  }
}
