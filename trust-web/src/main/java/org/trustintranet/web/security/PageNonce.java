package org.trustintranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's PrimeFaces nonce, for forms that must work without JavaScript (sign-in, sign-out):
 * PrimeFaces' script adds the nonce to a form when it submits it, a browser without JavaScript only
 * sends the fields in the page. {@link PostbackGuard} refuses any postback without it.
 */
@Named
@RequestScoped
public class PageNonce {
  @Inject FacesContext faces;

  public String getValue() {
    return PrimeFacesContext.getCspState(faces).getNonce();
  }
}
