package org.trustintranet.web.language;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the locale {@link LanguageChoice} decides, so that bundles, Faces' own
 * messages, dates and {@code <html lang>} all follow the person's language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {
  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * Without a session there is no choice to read, and none is started for it (the benchmark's floor
   * page stays sessionless): the browser's language decides.
   */
  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.getSession(false) == null) {
      return LanguageChoice.fromBrowser(external.getRequestLocales()).locale();
    }
    return CDI.current().select(LanguageChoice.class).get().locale(external.getRequestLocales());
  }
}
