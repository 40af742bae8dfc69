package org.trustintranet.web.support;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a page does when its id parameter names nothing the user may see. */
public final class ViewParams {
  private ViewParams() {}

  /** A positive record id, or null for anything else (empty, not a number, negative). */
  public static Long parseId(String text) {
    if (text == null || !text.trim().matches("\\d{1,18}")) {
      return null;
    }
    long id = Long.parseLong(text.trim());
    return id > 0 ? id : null;
  }

  /** Answers 404 Not Found (the error page says so), and stops rendering the page. */
  public static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers 403 Forbidden, and stops rendering the page. */
  public static void forbidden(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True for a postback that is not multipart (the fields alone, as a script may post them): a file
   * field is then left alone (disabled for that request), since the container refuses to read parts
   * from such a request. A browser always posts a form with a file field as multipart.
   */
  public static boolean isNonMultipartPostback(FacesContext faces) {
    String type = faces.getExternalContext().getRequestContentType();
    return faces.isPostback()
        && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
  }
}
