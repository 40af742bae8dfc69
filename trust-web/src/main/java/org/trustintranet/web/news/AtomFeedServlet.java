package org.trustintranet.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.AtomFeedView;
import org.trustintranet.web.language.BundleTexts;
import org.trustintranet.web.support.BaseAddress;
import org.trustintranet.web.support.TrustSettings;

/**
 * Serves the Atom feeds without sign-in (web.xml leaves {@value #PATH}/* open): the public trust
 * feed at {@value #PATH}/{@value #PUBLIC}, and a person's feed at {@value #PATH}/{@value
 * #PERSONAL}/{token}. An unknown, revoked or malformed token, or any other path, is a bare 404: no
 * body, no reason, nothing logged that holds the token (the request path is never logged). The
 * public feed may be kept by caches for {@value #PUBLIC_MAX_AGE} seconds; a personal feed is never
 * stored by a browser or proxy.
 */
@WebServlet(urlPatterns = AtomFeedServlet.PATH + "/*")
public class AtomFeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AtomFeedServlet.class.getName());

  static final String PATH = "/feeds";
  static final String PUBLIC = "trust.atom";
  static final String PERSONAL = "personal";
  static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
  static final int PUBLIC_MAX_AGE = 300;

  @Inject transient AtomFeedService feeds;
  @Inject transient BundleTexts texts;
  @Inject transient TrustSettings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    AtomFeedView feed;
    boolean personal;
    try {
      if (path.equals("/" + PUBLIC)) {
        feed = feeds.publicFeed();
        personal = false;
      } else if (path.startsWith("/" + PERSONAL + "/")) {
        feed = feeds.personalFeed(path.substring(PERSONAL.length() + 2));
        personal = true;
      } else {
        notFound(response);
        return;
      }
    } catch (NotFoundException e) {
      notFound(response);
      return;
    }
    Language language = Language.of(request.getLocale()).orElse(Language.ENGLISH);
    String base = base(request);
    String trust = settings.getName();
    AtomWriter.Heading heading =
        new AtomWriter.Heading(
            request.getServerName(),
            texts.text(language, personal ? "feeds.personal.title" : "feeds.public.title", trust),
            language.locale().toLanguageTag(),
            trust,
            base + "/",
            personal ? null : base + PATH + "/" + PUBLIC,
            base + "/news/post.xhtml?id=");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      AtomWriter.write(heading, feed, body);
    } catch (XMLStreamException e) {
      LOG.log(Level.SEVERE, "an Atom feed could not be written: {0}", e.getClass().getName());
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      response.setHeader("Cache-Control", "no-store");
      return;
    }
    response.setContentType(CONTENT_TYPE);
    response.setHeader(
        "Cache-Control", personal ? "private, no-store" : "public, max-age=" + PUBLIC_MAX_AGE);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }

  /** 404 with no body: nothing tells a token that never was from one revoked. */
  private static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }

  /** The intranet's own address, as the request reached it: scheme, host, port, context path. */
  static String base(HttpServletRequest request) {
    return BaseAddress.of(request);
  }
}
