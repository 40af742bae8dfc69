package org.trustintranet.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.networks.application.ProgrammeDetail;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.web.language.LanguageChoice;
import org.trustintranet.web.support.Attachment;

/**
 * Serves a programme's registrations at {@value #PATH}?id=PROGRAMME as {@code text/csv} ({@link
 * RegistrationsCsv}), named {@code programme-ID-registrations.csv}: for its provider (trust admins
 * and the provider school's admins) only; anyone else 403, a programme that does not exist (or a
 * junk id) 404. Behind sign-in (web.xml), never stored by a proxy.
 */
@WebServlet(urlPatterns = RegistrationsCsvServlet.PATH)
public class RegistrationsCsvServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/learning/registrations.csv";
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

  @Inject transient ProgrammeService programmes;
  @Inject transient Texts texts;
  @Inject transient LanguageChoice languages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (request.getUserPrincipal() == null || id == null || !ID.matcher(id).matches()) {
      BookletServlet.refuse(response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ProgrammeDetail detail;
    try {
      detail = programmes.programme(Long.parseLong(id));
    } catch (NotFoundException e) {
      BookletServlet.refuse(response, HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (NotPermittedException e) {
      BookletServlet.refuse(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (!detail.mayEdit()) {
      BookletServlet.refuse(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Language language =
        Language.of(languages.locale(request.getLocales().asIterator())).orElse(Language.ENGLISH);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    RegistrationsCsv.write(
        List.of(
            texts.text(language, "learning.registrations.school"),
            texts.text(language, "learning.registrations.name"),
            texts.text(language, "learning.registrations.jobTitle"),
            texts.text(language, "learning.registrations.state"),
            texts.text(language, "learning.registrations.when")),
        detail.registrations(),
        state -> texts.text(language, "learning.registration." + state),
        body);
    String name = "programme-" + id + "-registrations.csv";
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", Attachment.disposition(name, name));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }
}
