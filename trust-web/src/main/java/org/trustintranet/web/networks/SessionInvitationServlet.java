package org.trustintranet.web.networks;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.networks.application.SessionInvitation;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.web.support.Attachment;

/**
 * Serves a session's invitation at {@value #PATH}?id=SESSION, for the session page's "Add to my
 * calendar": a {@code text/calendar} download named {@code session-ID.ics}. Behind sign-in
 * (web.xml); the service decides who may see the session: someone outside the trust gets 403, a
 * session that does not exist (or a junk id) 404. Never stored by a proxy.
 */
@WebServlet(urlPatterns = SessionInvitationServlet.PATH)
public class SessionInvitationServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/networks/session.ics";
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  @Inject transient SessionService sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (request.getUserPrincipal() == null || id == null || !ID.matcher(id).matches()) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SessionInvitation invitation;
    try {
      invitation = sessions.invitation(Long.parseLong(id));
    } catch (NotFoundException e) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (NotPermittedException e) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] body = invitation.calendar().getBytes(StandardCharsets.UTF_8);
    response.setContentType(SessionInvitation.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        Attachment.disposition(invitation.filename(), invitation.filename()));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void refuse(HttpServletResponse response, int status) {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }
}
