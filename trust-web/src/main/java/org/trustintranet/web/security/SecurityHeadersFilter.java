package org.trustintranet.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response the application answers, redirects and error pages included
 * (the filter also runs for the container's error and forward dispatches, and sets the headers
 * before anything else can commit the response): no framing by other sites, no MIME sniffing, no
 * referrer sent to other origins, pages never stored by a browser or proxy (a shared school
 * computer's back button shows nothing after sign-out), no server name.
 *
 * <p>One Content-Security-Policy: {@link #POLICY}, strict (scripts only from this site). On Faces
 * pages PrimeFaces sends the same policy with the page's nonce added to script-src (web.xml sets
 * primefaces.CSP_POLICY to this policy): that header replaces this one instead of being added to
 * it, so a browser sees exactly one policy.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.INCLUDE,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /**
   * The policy; script-src comes last, so that PrimeFaces can append the page's nonce to it
   * (primefaces.CSP_POLICY in web.xml must be this same text).
   */
  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Override
  public void init() throws ServletException {
    String primeFaces = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    if (!POLICY.equals(primeFaces)) {
      throw new ServletException(
          "web.xml's primefaces.CSP_POLICY must be SecurityHeadersFilter.POLICY: one policy");
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Sets the headers (also used where a response is answered before any filter runs). */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader(CSP, POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(request) && !isFeed(request) && !isBanner(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    response.setHeader("Server", "");
    response.setHeader("X-Powered-By", "");
  }

  /** Style sheets, scripts and images, which a browser may keep: not pages. */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * The Atom feeds, whose servlet sets Cache-Control on every answer itself: never stored for a
   * personal feed or a 404, kept a few minutes for the public feed.
   */
  static boolean isFeed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/feeds/");
  }

  /**
   * The news banners, whose servlet sets Cache-Control itself: kept privately for a year (the
   * address names the bytes), never stored when refused.
   */
  static boolean isBanner(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/news/banner/");
  }

  /** A later Content-Security-Policy (PrimeFaces', with the nonce) replaces ours. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
