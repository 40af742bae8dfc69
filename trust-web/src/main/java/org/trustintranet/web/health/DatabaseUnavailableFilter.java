package org.trustintranet.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A request that failed outside Faces' own exception handling (see {@link
 * DatabaseOutageExceptionHandlerFactory}) because the database is away answers 503 with the
 * "unavailable" page (web.xml), not 500 with a stack trace in the log for every request: the outage
 * is logged in one line. Each service call is one transaction, so the failed request left nothing
 * half-written.
 */
@WebFilter(filterName = "databaseUnavailable", urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

  @Inject transient Database database;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted() || !database.explains(e)) {
        throw e;
      }
      LOG.warning(
          () ->
              "The database is not answering; "
                  + request.getRequestURI()
                  + " answered 503: "
                  + DatabaseOutageExceptionHandlerFactory.rootMessage(e));
      response.setHeader("Retry-After", "10");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
