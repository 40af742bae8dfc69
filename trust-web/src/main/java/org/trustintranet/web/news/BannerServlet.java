package org.trustintranet.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.news.application.BannerFile;
import org.trustintranet.news.application.BannerService;
import org.trustintranet.web.support.ImmutableFiles;

/**
 * Serves a post's banner image at {@value #PATH}/{postId}/{contentId}, only to someone signed in
 * who may read the post (the service asks the post page's question). Anyone else, a malformed
 * address, or a banner the post no longer has, gets a bare 404, signed in or not (web.xml leaves
 * the path open so that signing out does not redirect to the sign-in page). Cached as {@link
 * ImmutableFiles} says.
 */
@WebServlet(urlPatterns = BannerServlet.PATH + "/*")
public class BannerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/news/banner";
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
      ImmutableFiles.notFound(response);
      return;
    }
    BannerFile banner;
    try {
      banner = banners.banner(Long.parseLong(address.group(1)), address.group(2));
    } catch (NotFoundException | NotPermittedException e) {
      ImmutableFiles.notFound(response);
      return;
    }
    ImmutableFiles.serve(
        request, response, banner.contentId(), banner.mediaType(), banner.size(), banner::open);
  }
}
