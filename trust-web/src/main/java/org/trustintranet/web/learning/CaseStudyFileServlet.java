package org.trustintranet.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.networks.application.CaseStudyDownload;
import org.trustintranet.networks.application.CaseStudyFileService;
import org.trustintranet.web.support.Attachment;

/**
 * Streams a case study's file at {@value #PATH}/{id} as an attachment under its name, only to
 * someone who may see the case study (the service decides); anyone else, a malformed address, or
 * bytes the store lost get 404. The type comes from the name, and the browser may not sniff
 * another.
 */
@WebServlet(urlPatterns = CaseStudyFileServlet.PATH + "/*")
public class CaseStudyFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CaseStudyFileServlet.class.getName());

  static final String PATH = "/learning/case-study-file";

  private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})");

  @Inject transient CaseStudyFileService files;
  @Inject transient FileStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (request.getUserPrincipal() == null || !address.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CaseStudyDownload file;
    try {
      file = files.download(Long.parseLong(address.group(1)));
    } catch (RuntimeException e) {
      if (!refusal(e)) {
        throw e;
      }
      LOG.log(Level.FINE, "case study file refused", e);
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    InputStream in = store.open(file.contentId()).orElse(null);
    if (in == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (in) {
      response.setContentType(file.mediaType());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      response.setHeader(
          "Content-Disposition",
          Attachment.disposition(
              file.fileName(), file.fileName().replaceAll("[^ -~]|[\"\\\\%]", "_")));
      response.setContentLengthLong(file.size());
      in.transferTo(response.getOutputStream());
    }
  }

  private static boolean refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException) {
        return true;
      }
    }
    return false;
  }
}
