package org.trustintranet.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.resources.application.DownloadFile;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.web.support.Attachment;
import org.trustintranet.web.support.ByteRange;
import org.trustintranet.web.support.ImmutableFiles;

/**
 * Streams a version's file at {@value #FILE}/{id}/{version} (an attachment, under its clean name,
 * UTF-8 names kept) and its thumbnail at {@value #THUMB}/{id}/{version} (a PNG, inline), only to
 * someone signed in who may see the resource (the service decides). Anyone else, a malformed
 * address, or a file the store lost gets a bare 404 (web.xml leaves the paths open so that signing
 * out does not redirect to the sign-in page, as for room photos).
 *
 * <p>The type is the one found in the bytes, never sniffed by the browser; the content id is the
 * ETag ({@code If-None-Match} gives 304); one byte range is answered with 206 ({@link ByteRange},
 * {@code If-Range} honoured), several with the whole file. The bytes go through a 256 KB buffer,
 * never whole into memory. A download is counted once: not for a 304, nor for a part that does not
 * start at the first byte (the rest of a resumed download).
 */
@WebServlet(urlPatterns = {ResourceFileServlet.FILE + "/*", ResourceFileServlet.THUMB + "/*"})
public class ResourceFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ResourceFileServlet.class.getName());

  static final String FILE = "/library/file";
  static final String THUMB = "/library/thumb";

  /** The caching of a download: the browser keeps it, and asks each time whether it changed. */
  static final String CACHE = "private, no-cache";

  /**
   * The copy's buffer: 256 KB, so that a large file costs few reads and writes; a few of them at
   * once are still little to the heap.
   */
  static final int BUFFER = 256 * 1024;

  private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})/(\\d{1,9})");

  @Inject transient ResourceService resources;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (request.getUserPrincipal() == null || !address.matches()) {
      ImmutableFiles.notFound(response);
      return;
    }
    long id = Long.parseLong(address.group(1));
    int version = Integer.parseInt(address.group(2));
    boolean thumbnail = THUMB.equals(request.getServletPath());
    try {
      if (thumbnail) {
        send(request, response, resources.thumbnail(id, version), false);
      } else {
        download(request, response, id, version);
      }
    } catch (RuntimeException e) {
      if (!refusal(e)) {
        throw e;
      }
      // not found, not permitted, withdrawn, or the bytes lost: the same bare 404
      LOG.log(Level.FINE, "file refused", e);
      if (!response.isCommitted()) {
        response.reset();
        ImmutableFiles.notFound(response);
      }
    }
  }

  /** A business refusal, possibly wrapped by the container. */
  private static boolean refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException) {
        return true;
      }
    }
    return false;
  }

  private void download(HttpServletRequest request, HttpServletResponse response, long id, int v)
      throws IOException {
    boolean get = "GET".equals(request.getMethod());
    boolean conditional =
        request.getHeader("If-None-Match") != null || request.getHeader("If-Range") != null;
    ByteRange asked = ByteRange.of(request.getHeader("Range"), Long.MAX_VALUE);
    boolean fromTheStart = asked.outcome() != ByteRange.Outcome.UNSATISFIABLE && asked.first() == 0;
    if (!get || conditional || !fromTheStart) {
      // whether it counts is known only once the file's tag and size are
      DownloadFile file = resources.file(id, v, false);
      Answer answer = answer(request, file);
      if (get && answer.counts()) {
        file = resources.file(id, v, true);
      }
      write(response, file, answer, true);
    } else {
      DownloadFile file = resources.file(id, v, true);
      write(response, file, answer(request, file), true);
    }
  }

  private void send(
      HttpServletRequest request, HttpServletResponse response, DownloadFile file, boolean asFile)
      throws IOException {
    write(response, file, answer(request, file), asFile);
  }

  /** What the request gets: 304, the whole file, a part, or 416. */
  private record Answer(boolean notModified, ByteRange range) {
    boolean counts() {
      return !notModified
          && range.outcome() != ByteRange.Outcome.UNSATISFIABLE
          && range.first() == 0;
    }
  }

  private static Answer answer(HttpServletRequest request, DownloadFile file) {
    String etag = etag(file);
    if (ImmutableFiles.matches(request.getHeader("If-None-Match"), etag)) {
      return new Answer(true, ByteRange.of(null, file.size()));
    }
    String range =
        ByteRange.ifRangeHolds(request.getHeader("If-Range"), etag)
            ? request.getHeader("Range")
            : null;
    return new Answer(false, ByteRange.of(range, file.size()));
  }

  private static String etag(DownloadFile file) {
    return "\"" + file.contentId() + "\"";
  }

  private static void write(
      HttpServletResponse response, DownloadFile file, Answer answer, boolean asFile)
      throws IOException {
    response.setHeader("ETag", etag(file));
    response.setHeader("Cache-Control", CACHE);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Accept-Ranges", "bytes");
    if (answer.notModified()) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ByteRange range = answer.range();
    if (range.outcome() == ByteRange.Outcome.UNSATISFIABLE) {
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      response.setHeader("Content-Range", range.contentRange(file.size()));
      response.setContentLength(0);
      return;
    }
    InputStream in = file.open().get(); // NotFoundException when the store lost the bytes
    try (in) {
      response.setContentType(file.mediaType());
      response.setHeader(
          "Content-Disposition",
          asFile ? Attachment.disposition(file.fileName(), file.asciiFileName()) : "inline");
      if (range.outcome() == ByteRange.Outcome.PART) {
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", range.contentRange(file.size()));
      }
      response.setContentLengthLong(range.length());
      skip(in, range.first());
      copy(in, response.getOutputStream(), range.length());
    }
  }

  /** Skips to the first byte asked for (a stream may skip less than asked: then it reads). */
  private static void skip(InputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          return;
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long left = length;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }
}
