package org.trustintranet.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.ProgrammeView;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.Term;
import org.trustintranet.web.language.LanguageChoice;
import org.trustintranet.web.support.Attachment;
import org.trustintranet.web.support.Dates;
import org.trustintranet.web.support.TrustSettings;

/**
 * Serves the termly booklet at {@value #PATH}?term=2026-autumn&amp;stage=MENTOR as a PDF ({@link
 * BookletPdf}), in the reader's language: the term's published programmes of that stage (all stages
 * without one; the current term without a term; junk counts as nothing). Behind sign-in (web.xml);
 * someone outside the trust gets 403. Named {@code programmes-2026-autumn.pdf}, never stored by a
 * proxy.
 */
@WebServlet(urlPatterns = BookletServlet.PATH)
public class BookletServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/learning/booklet.pdf";

  @Inject transient ProgrammeService programmes;
  @Inject transient Texts texts;
  @Inject transient LanguageChoice languages;
  @Inject transient TrustSettings trust;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Term term =
        Booklets.term(
            request.getParameter("term"), Term.of(LocalDate.now(clock.withZone(Dates.TRUST_ZONE))));
    CareerStage stage = Booklets.stage(request.getParameter("stage"));
    List<ProgrammeView> booklet;
    try {
      booklet =
          programmes.booklet(term, stage).stream()
              .filter(p -> p.state() == org.trustintranet.networks.domain.ProgrammeState.PUBLISHED)
              .toList();
    } catch (NotPermittedException e) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Language language =
        Language.of(languages.locale(request.getLocales().asIterator())).orElse(Language.ENGLISH);
    BookletPdf.Words words =
        new BookletPdf.Words() {
          @Override
          public String text(String key, Object... arguments) {
            return texts.text(language, key, arguments);
          }

          @Override
          public Locale locale() {
            return language.locale();
          }
        };
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    new BookletPdf(words)
        .write(
            trust.getName(),
            words.text("learning.term." + term.season().name(), String.valueOf(term.year())),
            stage == null
                ? words.text("learning.stage.all")
                : words.text("learning.stage." + stage.name()),
            booklet,
            pdf);
    String name =
        "programmes-"
            + term.key()
            + (stage == null ? "" : "-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            + ".pdf";
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", Attachment.disposition(name, name));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.size());
    pdf.writeTo(response.getOutputStream());
  }

  static void refuse(HttpServletResponse response, int status) {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }
}
