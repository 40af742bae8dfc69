package org.trustintranet.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.trustintranet.news.application.DigestService;

/**
 * One-click unsubscribe for mail readers (RFC 8058): the reader posts {@code
 * List-Unsubscribe=One-Click} to the address of the digest's {@code List-Unsubscribe} header, and
 * the digest stops. No sign-in: the token is the authority. Answers 200 whether or not the token
 * was known, with no body, so that it tells nobody which tokens exist.
 */
@WebServlet("/mail/unsubscribe")
public class OneClickUnsubscribe extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient DigestService digests;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    digests.unsubscribe(request.getParameter("token"));
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentLength(0);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // A link followed in a browser (or by a scanner) only leads to the page with the button.
    String token = request.getParameter("token");
    response.sendRedirect(
        request.getContextPath()
            + "/news/unsubscribe.xhtml"
            + (token == null
                ? ""
                : "?token="
                    + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)));
  }
}
