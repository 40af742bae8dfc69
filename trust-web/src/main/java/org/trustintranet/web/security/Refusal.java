package org.trustintranet.web.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a Faces request that must go no further, by sending the browser to one of our error pages:
 * an ajax request gets a partial response with a redirect (the only answer PrimeFaces' and Faces'
 * scripts follow), any other request a redirect. Whatever goes wrong while answering, the response
 * is marked complete, so the lifecycle never goes on to apply values or invoke an action.
 */
final class Refusal {
  private static final Logger LOG = Logger.getLogger(Refusal.class.getName());

  /** The error pages a refusal leads to. */
  enum Page {
    EXPIRED("/errors/expired.xhtml"),
    FORBIDDEN("/errors/forbidden.xhtml"),
    NOT_FOUND("/errors/not-found.xhtml"),
    ERROR("/errors/error.xhtml");

    final String path;

    Page(String path) {
      this.path = path;
    }
  }

  private Refusal() {}

  static void send(FacesContext context, Page page) {
    try {
      ExternalContext external = context.getExternalContext();
      if (external.isResponseCommitted()) {
        return; // too late to answer anything else; the half-sent page stays half-sent
      }
      String url = external.getRequestContextPath() + page.path;
      external.responseReset();
      if (isAjax(context)) {
        external.setResponseContentType("text/xml");
        external.setResponseCharacterEncoding("UTF-8");
        external.addResponseHeader("Cache-Control", "no-store");
        Writer out = external.getResponseOutputWriter();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"");
        out.write(url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"));
        out.write("\"/></partial-response>");
        out.flush();
      } else {
        external.redirect(url);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send the error page; answering 400", e);
      sendError(context);
    } finally {
      context.responseComplete();
    }
  }

  /** An ajax request, whether it says so by header or by parameter. */
  static boolean isAjax(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if ("partial/ajax".equals(external.getRequestHeaderMap().get("Faces-Request"))
        || "true".equals(external.getRequestParameterMap().get("jakarta.faces.partial.ajax"))) {
      return true;
    }
    try {
      return context.getPartialViewContext().isAjaxRequest();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void sendError(FacesContext context) {
    try {
      Object response = context.getExternalContext().getResponse();
      if (response instanceof HttpServletResponse http && !http.isCommitted()) {
        http.resetBuffer();
        http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        http.setContentLength(0);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not answer 400 either", e);
    }
  }
}
