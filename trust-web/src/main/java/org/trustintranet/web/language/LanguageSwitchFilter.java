package org.trustintranet.web.language;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.domain.Language;

/**
 * The header's language link: a GET of any page with {@code ?language=cy} (or {@code en}) switches
 * the session, stores the choice of a signed-in person, and sends the browser back to the same
 * address without the parameter. A link (not a form) works on every page, error pages included,
 * without JavaScript; all it can change is the language a person reads, which they change back with
 * the same link.
 */
@WebFilter(filterName = "languageSwitch", urlPatterns = "/*")
public class LanguageSwitchFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LanguageSwitchFilter.class.getName());

  @Inject LanguageChoice languageChoice;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (!"GET".equals(request.getMethod())
        || query == null
        || !query.contains(LanguageLink.PARAMETER + "=")) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Language> wanted = Language.ofTag(request.getParameter(LanguageLink.PARAMETER));
    if (wanted.isPresent()) {
      try {
        languageChoice.choose(wanted.get());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the language could not be stored; it holds for this session", e);
        languageChoice.chooseForThisSession(wanted.get());
      }
    }
    String rest = LanguageLink.withoutParameter(query);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
  }
}
