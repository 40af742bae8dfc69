package org.trustintranet.web.security;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;

/**
 * Every exception of a Faces request ends the request on one of our error pages: a view that could
 * not be restored (or anything that failed while restoring it, e.g. PrimeFaces' nonce check) on the
 * "page has expired" page, a refused permission on "not allowed", anything else on "something went
 * wrong". The user sees no class name and no stack trace, ajax or not (the log has them); and
 * however the answer fails, the response is complete, so the lifecycle never goes on to run an
 * action.
 *
 * <p>It replaces PrimeFaces' PrimeExceptionHandler, which failed on a post without a nonce
 * ("Missing CSP nonce"), swallowed its own failure and let the lifecycle invoke the action on a
 * freshly built view; and which named the exception's class to ajax callers.
 */
public class TrustExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(TrustExceptionHandler.class.getName());

  public TrustExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (!events.hasNext()) {
      return;
    }
    Throwable first = null;
    PhaseId phase = null;
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      if (first == null) {
        first = event.getException();
        phase = event.getPhaseId();
      } else {
        LOG.log(Level.FINE, "Further exception in the same request", event.getException());
      }
      events.remove();
    }
    Throwable cause = rootCause(first);
    Refusal.Page page = pageFor(cause, phase);
    if (page == Refusal.Page.EXPIRED) {
      LOG.log(Level.FINE, "Refused a request whose view could not be restored", first);
    } else if (page == Refusal.Page.ERROR) {
      LOG.log(Level.SEVERE, "Request failed", first);
    } else {
      LOG.log(Level.INFO, () -> "Request refused: " + cause);
    }
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && !context.getResponseComplete()) {
      Refusal.send(context, page);
    }
  }

  static Refusal.Page pageFor(Throwable cause, PhaseId phase) {
    if (cause instanceof ViewExpiredException || phase == PhaseId.RESTORE_VIEW) {
      return Refusal.Page.EXPIRED;
    }
    if (cause instanceof NotPermittedException) {
      return Refusal.Page.FORBIDDEN;
    }
    if (cause instanceof NotFoundException) {
      return Refusal.Page.NOT_FOUND;
    }
    return Refusal.Page.ERROR;
  }

  @Override
  public Throwable getRootCause(Throwable throwable) {
    return rootCause(throwable);
  }

  /** The exception under Faces' and EL's wrappers (and the container's, e.g. EJBException). */
  static Throwable rootCause(Throwable throwable) {
    Throwable t = throwable;
    while (t != null
        && t.getCause() != null
        && t.getCause() != t
        && (t instanceof FacesException
            || t instanceof ELException
            || t.getClass().getName().startsWith("jakarta.ejb."))) {
      t = t.getCause();
    }
    return t;
  }
}
