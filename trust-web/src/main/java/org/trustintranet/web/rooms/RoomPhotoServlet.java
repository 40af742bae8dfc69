package org.trustintranet.web.rooms;

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
import org.trustintranet.rooms.application.PhotoFile;
import org.trustintranet.rooms.application.RoomPhotoService;
import org.trustintranet.web.support.ImmutableFiles;

/**
 * Serves a room's photo at {@value #PATH}/{roomId}/{contentId}, only to someone signed in who may
 * see the room (the service asks the room page's question). Anyone else, a malformed address, or a
 * photo the room no longer has, gets a bare 404, signed in or not (web.xml leaves the path open so
 * that signing out does not redirect to the sign-in page). Cached as {@link ImmutableFiles} says.
 */
@WebServlet(urlPatterns = RoomPhotoServlet.PATH + "/*")
public class RoomPhotoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/rooms/photo";
  private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})/([0-9a-f]{64})");

  @Inject transient RoomPhotoService photos;

  /** The address of a room's photo, from the context path on; null when it has none. */
  public static String address(long roomId, String contentId) {
    return contentId == null ? null : PATH + "/" + roomId + "/" + contentId;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!address.matches()) {
      ImmutableFiles.notFound(response);
      return;
    }
    PhotoFile photo;
    try {
      photo = photos.photo(Long.parseLong(address.group(1)), address.group(2));
    } catch (NotFoundException | NotPermittedException e) {
      ImmutableFiles.notFound(response);
      return;
    }
    ImmutableFiles.serve(
        request, response, photo.contentId(), photo.mediaType(), photo.size(), photo::open);
  }
}
