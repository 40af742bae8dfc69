package org.trustintranet.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the header's language link: this page's own address with {@code ?language=cy} (or
 * {@code en}), which {@link LanguageSwitchFilter} turns into a switch and a redirect back.
 */
@Named
@ApplicationScoped
public class LanguageLink {
  /** The query parameter of the header's link. */
  public static final String PARAMETER = "language";

  /** This page (on an error page, the address that failed) in the language tagged {@code tag}. */
  public String to(String tag) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (failed != null) {
      return withParameter(failed.toString(), null, tag);
    }
    if (forwarded != null) {
      return withParameter(
          forwarded.toString(),
          (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING),
          tag);
    }
    return withParameter(request.getRequestURI(), request.getQueryString(), tag);
  }

  /** {@code path?query} with any language parameter replaced by {@code language=tag}. */
  static String withParameter(String path, String query, String tag) {
    String rest = withoutParameter(query);
    String mine = PARAMETER + "=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    return localPath(path) + "?" + (rest.isEmpty() ? mine : rest + "&" + mine);
  }

  /**
   * {@code path} as an address on this site: one leading slash, so that a request for {@code
   * //elsewhere.example/x} cannot become a link or a redirect to another site.
   */
  static String localPath(String path) {
    int start = 0;
    while (start < path.length() && (path.charAt(start) == '/' || path.charAt(start) == '\\')) {
      start++;
    }
    return "/" + path.substring(start);
  }

  /** {@code query} without its language parameter(s); empty for no query. */
  static String withoutParameter(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty() || pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append('&');
      }
      kept.append(pair);
    }
    return kept.toString();
  }
}
