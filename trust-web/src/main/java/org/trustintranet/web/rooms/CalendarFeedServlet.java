package org.trustintranet.web.rooms;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.rooms.application.CalendarFeedService;

/**
 * Serves the iCalendar feeds without sign-in (web.xml leaves {@value #PATH}/* open): a person's own
 * bookings at {@value #PATH}/{token}.ics, and a room's at {@value #PATH}/{token}/room/{id}.ics,
 * where the token's owner must be allowed to see the room. An unknown, revoked or malformed token,
 * a leaver's token, a room its owner may not see, or any other path, is a bare 404: no body, no
 * reason, and the request path (which holds the token) is never logged. Never stored by a browser
 * or proxy.
 */
@WebServlet(urlPatterns = CalendarFeedServlet.PATH + "/*")
public class CalendarFeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/calendar";
  static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";

  private static final Pattern PERSONAL = Pattern.compile("/([A-Za-z0-9_-]{1,64})\\.ics");
  private static final Pattern ROOM =
      Pattern.compile("/([A-Za-z0-9_-]{1,64})/room/([1-9][0-9]{0,17})\\.ics");

  @Inject transient CalendarFeedService feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String calendar;
    try {
      Matcher personal = PERSONAL.matcher(path);
      Matcher room = ROOM.matcher(path);
      if (personal.matches()) {
        calendar = feeds.personalCalendar(personal.group(1));
      } else if (room.matches()) {
        calendar = feeds.roomCalendar(room.group(1), Long.parseLong(room.group(2)));
      } else {
        notFound(response);
        return;
      }
    } catch (NotFoundException e) {
      notFound(response);
      return;
    }
    byte[] body = calendar.getBytes(StandardCharsets.UTF_8);
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Content-Disposition", "inline; filename=\"bookings.ics\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** 404 with no body: nothing tells a token that never was from one revoked. */
  private static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }

  /** A person's own feed address, from the intranet's base address and their token. */
  static String personalAddress(String base, String token) {
    return base + PATH + "/" + token + ".ics";
  }
}
