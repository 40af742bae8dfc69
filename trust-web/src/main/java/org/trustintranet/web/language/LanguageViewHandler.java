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
  /**
   * The session's choice through its client proxy, looked up once: the proxy is one object for all
   * sessions and finds the current session's instance itself ({@code CDI.current().select} on every
   * call was a few percent of the feed's time; views ask for their locale several times).
   */
  private volatile LanguageChoice choice;

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
    return choice().locale(external.getRequestLocales());
  }

  private LanguageChoice choice() {
    LanguageChoice found = choice;
    if (found == null) {
      found = CDI.current().select(LanguageChoice.class).get();
      choice = found;
    }
    return found;
  }
}
