package org.trustintranet.web.health;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Wraps the exception handler (TrustExceptionHandler, which would show the error page) so that a
 * page that failed because the database is away answers 503 with the "unavailable" page (web.xml),
 * and the log gets one line instead of a stack trace per request. Every other failure goes on to
 * the wrapped handler.
 */
public class DatabaseOutageExceptionHandlerFactory extends ExceptionHandlerFactory {
  private static final Logger LOG =
      Logger.getLogger(DatabaseOutageExceptionHandlerFactory.class.getName());

  public DatabaseOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      boolean answered = false;
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (answered || CDI.current().select(Database.class).get().explains(failure)) {
          events.remove();
          if (!answered) {
            answered = true;
            unavailable(failure);
          }
        }
      }
      getWrapped().handle();
    }

    private static void unavailable(Throwable failure) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      LOG.warning(
          () ->
              "The database is not answering; "
                  + external.getRequestServletPath()
                  + " answered 503: "
                  + rootMessage(failure));
      if (!external.isResponseCommitted()) {
        try {
          external.setResponseHeader("Retry-After", "10");
          external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
        } catch (IOException e) {
          LOG.fine("The client went away: " + e);
        }
      }
      faces.responseComplete();
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
