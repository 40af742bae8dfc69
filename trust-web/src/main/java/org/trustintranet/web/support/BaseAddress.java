package org.trustintranet.web.support;

import jakarta.servlet.http.HttpServletRequest;

/** The intranet's own address, as a request reached it, for addresses handed out (feeds). */
public final class BaseAddress {
  private BaseAddress() {}

  /** Scheme, host, port (left out when usual) and context path, without a trailing slash. */
  public static String of(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean usual =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (usual ? "" : ":" + port)
        + request.getContextPath();
  }
}
