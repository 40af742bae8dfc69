package org.trustintranet.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.web.support.Feedback;

/**
 * The pages' bundles for texts written outside a page (e-mails, digests): the same keys and the
 * same Welsh, looked up in the language of the person they are for rather than of the request.
 */
@ApplicationScoped
public class BundleTexts implements Texts {
  /** Never the machine's default locale: a key missing in Welsh falls back to the English base. */
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public String text(Language language, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            Feedback.BUNDLE,
            language.locale(),
            BundleTexts.class.getClassLoader(),
            NO_DEFAULT_LOCALE);
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
