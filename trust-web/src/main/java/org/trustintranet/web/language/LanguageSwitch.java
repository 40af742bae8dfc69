package org.trustintranet.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.domain.Language;

/**
 * The header's "Cymraeg" / "English" switch: switches the session, stores the choice of a signed-in
 * person, and sends the browser back to the page it was on. A form post, not a link: a link that
 * stored the choice would be followed by crawlers and link previews, and a post is protected
 * against forgery like every other form.
 */
@Named
@RequestScoped
public class LanguageSwitch {
  private static final Logger LOG = Logger.getLogger(LanguageSwitch.class.getName());

  /** The form field holding the address of the page the switch was on. */
  public static final String BACK = "back";

  @Inject LanguageChoice languageChoice;
  @Inject FacesContext faces;

  public void to(String tag) throws IOException {
    Language language = Language.ofTag(tag).orElse(Language.ENGLISH);
    try {
      languageChoice.choose(language);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the language could not be stored; it holds for this session", e);
      languageChoice.chooseForThisSession(language);
    }
    ExternalContext external = faces.getExternalContext();
    String back = external.getRequestParameterMap().get(BACK);
    external.redirect(
        back == null || back.isBlank()
            ? external.getRequestContextPath() + "/index.xhtml"
            : LanguageLink.localPath(back));
    faces.responseComplete();
  }
}
