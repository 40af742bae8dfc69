package org.trustintranet.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the header's language switch sends the browser back to: this page's own address (on an
 * error page, the address that failed), always on this site.
 */
@Named
@ApplicationScoped
public class LanguageLink {
  /** The address of the page being rendered, with its query. */
  public String here() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (failed != null) {
      return address(failed.toString(), null);
    }
    if (forwarded != null) {
      return address(
          forwarded.toString(),
          (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING));
    }
    return address(request.getRequestURI(), request.getQueryString());
  }

  static String address(String path, String query) {
    return localPath(path) + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /**
   * {@code address} as an address on this site: one leading slash (so that {@code
   * //elsewhere.example/x} cannot lead to another site), and no line breaks.
   */
  static String localPath(String address) {
    String clean = address.replaceAll("[\\r\\n]", "");
    int start = 0;
    while (start < clean.length() && (clean.charAt(start) == '/' || clean.charAt(start) == '\\')) {
      start++;
    }
    return "/" + clean.substring(start);
  }
}
