package org.trustintranet.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Refuses any postback that does not come from a page this server rendered in this session: the
 * view must have been restored from the saved state (it carries the mark put on it when it was
 * rendered; a view built afresh for a forged, guessed, expired or "stateless" view state does not),
 * and the post must bring the page's PrimeFaces nonce. A refused postback is sent to the "page has
 * expired" page before any value is applied or any action runs, ajax or not.
 *
 * <p>This does not rely on the exception handler: Faces builds a fresh view for some view states
 * (e.g. "stateless") without any exception, and an exception handler that itself fails leaves the
 * lifecycle running. The guard looks at the outcome of restoring the view, whatever happened during
 * it.
 */
public class PostbackGuard implements PhaseListener {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PostbackGuard.class.getName());

  /** The view map entry that says "this server rendered this view". */
  static final String RENDERED = PostbackGuard.class.getName() + ".rendered";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
      UIViewRoot root = event.getFacesContext().getViewRoot();
      if (root != null && !root.isTransient()) {
        root.getViewMap(true).put(RENDERED, Boolean.TRUE);
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (event.getPhaseId() != PhaseId.RESTORE_VIEW
        || context.getResponseComplete()
        || !context.isPostback()) {
      return;
    }
    if (!restored(context.getViewRoot())) {
      LOG.fine("Refused a postback whose view was not restored");
      Refusal.send(context, Refusal.Page.EXPIRED);
    } else if (!nonceMatches(context)) {
      LOG.fine("Refused a postback without the page's nonce");
      Refusal.send(context, Refusal.Page.EXPIRED);
    }
  }

  /** The view was rendered by this server earlier (and restored from its saved state now). */
  static boolean restored(UIViewRoot root) {
    if (root == null) {
      return false;
    }
    Map<String, Object> viewMap = root.getViewMap(false);
    return viewMap != null && Boolean.TRUE.equals(viewMap.get(RENDERED));
  }

  /** With PrimeFaces' CSP mode on, the post brings the nonce of the page it came from. */
  private static boolean nonceMatches(FacesContext context) {
    try {
      if (!PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
        return true;
      }
      String sent = context.getExternalContext().getRequestParameterMap().get("primefaces.nonce");
      String nonce = PrimeFacesContext.getCspState(context).getNonce();
      return sent != null && !sent.isBlank() && sent.equals(nonce);
    } catch (RuntimeException e) {
      return false; // PrimeFaces' own check said no (missing or mismatched nonce)
    }
  }
}
