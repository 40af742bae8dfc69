package org.trustintranet.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.news.application.BannerFile;
import org.trustintranet.news.application.BannerService;

/**
 * Serves a post's banner image at {@value #PATH}/{postId}/{contentId}, only to someone signed in
 * who may read the post (the service asks the post page's question). Anyone else, a malformed
 * address, or a banner the post no longer has, gets a bare 404, signed in or not (web.xml leaves
 * the path open so that signing out does not redirect to the sign-in page). The address names the
 * content by its hash, so its bytes never change: the browser keeps it for a year, privately, and
 * asks again with the content id as ETag; the type is the one the service found in the bytes, never
 * sniffed.
 */
@WebServlet(urlPatterns = BannerServlet.PATH + "/*")
public class BannerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/news/banner";
  static final String CACHE = "private, max-age=31536000, immutable";
  private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})/([0-9a-f]{64})");

  @Inject transient BannerService banners;

  /** The address of a post's banner, from the context path on. */
  public static String address(long postId, String contentId) {
    return PATH + "/" + postId + "/" + contentId;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!address.matches()) {
      notFound(response);
      return;
    }
    BannerFile banner;
    try {
      banner = banners.banner(Long.parseLong(address.group(1)), address.group(2));
    } catch (NotFoundException | NotPermittedException e) {
      notFound(response);
      return;
    }
    String etag = "\"" + banner.contentId() + "\"";
    if (matches(request.getHeader("If-None-Match"), etag)) {
      cacheable(response, etag);
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    InputStream in;
    try {
      in = banner.open();
    } catch (NotFoundException lost) {
      notFound(response);
      return;
    }
    try (in) {
      cacheable(response, etag);
      response.setContentType(banner.mediaType());
      response.setContentLengthLong(banner.size());
      response.setHeader("Content-Disposition", "inline");
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
    }
  }

  /** The same address is the same bytes for ever: kept a year by the browser only. */
  private static void cacheable(HttpServletResponse response, String etag) {
    response.setHeader("Cache-Control", CACHE);
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** True when If-None-Match names this ETag (or any, "*"), weak or strong. */
  static boolean matches(String ifNoneMatch, String etag) {
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
  private static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }
}
