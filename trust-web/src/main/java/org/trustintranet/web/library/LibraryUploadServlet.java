package org.trustintranet.web.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.web.language.LanguageChoice;
import org.trustintranet.web.support.Feedback;

/**
 * The library's upload address, {@value #PATH}: the share page's uploader posts each file as the
 * request's raw body (no multipart form, no temporary copy by the container), its name in {@link
 * UploadHeaders#FILE_NAME}, and the body streams straight into {@link ResourceService#stage}, which
 * checks who may share, the size limit and the type. Answers 201 with the staged file as JSON
 * ({@code id, name, type, size}); the page then takes the file into its list by its id.
 *
 * <p>Refusals are JSON too, {@code {"message": ...}} in the person's language: 401 signed out (web
 * .xml leaves the address open so that it answers rather than redirects), 403 without the session's
 * {@link UploadToken} or for someone who may share nowhere, 413 over the limit (said before reading
 * when the request declares its length), 400 for a missing name or a refused type. A refused upload
 * leaves nothing in the store or the database (the service's promise).
 */
@WebServlet(LibraryUploadServlet.PATH)
public class LibraryUploadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LibraryUploadServlet.class.getName());

  static final String PATH = "/library/upload";

  @Inject transient ResourceService resources;
  @Inject transient UploadToken token;
  @Inject transient LibrarySettings settings;
  @Inject transient LanguageChoice language;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (request.getUserPrincipal() == null || request.getSession(false) == null) {
      refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "resources.upload.signIn");
      return;
    }
    if (resources.sharingSchools().isEmpty()) {
      // the service refuses them too; said first, as the share page says it, whatever was sent
      refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "resources.share.noSchool");
      return;
    }
    if (!token.matches(request.getHeader(UploadHeaders.TOKEN))) {
      LOG.fine("Refused an upload without the session's token");
      refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "resources.upload.expired");
      return;
    }
    long max = settings.getMaxUploadBytes();
    if (UploadHeaders.declaredTooLarge(request.getContentLengthLong(), max)) {
      refuseTooLarge(request, response, max);
      return;
    }
    Optional<String> name = UploadHeaders.fileName(request.getHeader(UploadHeaders.FILE_NAME));
    if (name.isEmpty()) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "resources.upload.noName");
      return;
    }
    StagedFile staged;
    try (InputStream body = request.getInputStream()) {
      staged = resources.stage(name.get(), body);
    } catch (RuntimeException e) {
      BusinessException refused = refusal(e).orElseThrow(() -> e);
      LOG.log(Level.FINE, "upload refused", e);
      if (FileStore.TOO_LARGE.equals(refused.messageKey())) {
        refuseTooLarge(request, response, max);
      } else if (refused instanceof NotPermittedException) {
        refuse(request, response, HttpServletResponse.SC_FORBIDDEN, refused.messageKey());
      } else {
        refuse(
            request,
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            refused.messageKey(),
            refused.arguments());
      }
      return;
    }
    answer(
        response,
        HttpServletResponse.SC_CREATED,
        Json.createObjectBuilder()
            .add("id", staged.id())
            .add("name", staged.fileName())
            .add("type", staged.mediaType())
            .add("size", staged.size())
            .build());
  }

  /** A business refusal, possibly wrapped by the container. */
  private static Optional<BusinessException> refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long max)
      throws IOException {
    // The rest of the body is not read: the connection closes after the answer.
    response.setHeader("Connection", "close");
    refuse(
        request,
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "resources.upload.tooLarge",
        UploadHeaders.megabytes(max));
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... arguments)
      throws IOException {
    answer(
        response,
        status,
        Json.createObjectBuilder().add("message", text(request, key, arguments)).build());
  }

  /** The message in the person's language (as their pages are), its arguments filled in. */
  private String text(HttpServletRequest request, String key, Object... arguments) {
    Locale locale;
    try {
      locale = language.locale(request.getLocales().asIterator());
    } catch (RuntimeException e) {
      locale = Locale.UK;
    }
    ResourceBundle bundle = ResourceBundle.getBundle(Feedback.BUNDLE, locale);
    String pattern =
        bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("error.unexpected");
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }

  private static void answer(HttpServletResponse response, int status, JsonObject json)
      throws IOException {
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    try (var out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
