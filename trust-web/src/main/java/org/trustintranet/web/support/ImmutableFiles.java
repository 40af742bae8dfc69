package org.trustintranet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.trustintranet.kernel.domain.NotFoundException;

/**
 * Serves a file of the file store whose address names its content by hash (news banners, room
 * photos), so its bytes never change: the browser keeps it for a year, privately, and asks again
 * with the content id as ETag; the type is the one the service found in the bytes, never sniffed.
 * What may not be served gets a bare 404 with nothing cached.
 */
public final class ImmutableFiles {
  /** Kept a year by the browser only. */
  public static final String CACHE = "private, max-age=31536000, immutable";

  private ImmutableFiles() {}

  /**
   * Sends the content (or 304 when the browser has it); 404 when the store lost the bytes.
   *
   * @param open the bytes, for this method to close; throws {@link NotFoundException} when lost
   */
  public static void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      String contentId,
      String mediaType,
      long size,
      Supplier<InputStream> open)
      throws IOException {
    String etag = "\"" + contentId + "\"";
    if (matches(request.getHeader("If-None-Match"), etag)) {
      cacheable(response, etag);
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    InputStream in;
    try {
      in = open.get();
    } catch (NotFoundException lost) {
      notFound(response);
      return;
    }
    try (in) {
      cacheable(response, etag);
      response.setContentType(mediaType);
      response.setContentLengthLong(size);
      response.setHeader("Content-Disposition", "inline");
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
    }
  }

  private static void cacheable(HttpServletResponse response, String etag) {
    response.setHeader("Cache-Control", CACHE);
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** True when If-None-Match names this ETag (or any, "*"), weak or strong. */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /** 404 with no body and nothing kept by caches. */
  public static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }
}
