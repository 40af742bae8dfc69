package org.trustintranet.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.trustintranet.kernel.domain.Language;

class BundleTextsTest {
  private final BundleTexts texts = new BundleTexts();

  @Test
  void speaksThePersonsLanguageWhateverTheMachineSpeaks() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("cy"));
      String english = texts.text(Language.ENGLISH, "login.title");
      Locale.setDefault(Locale.UK);
      String welsh = texts.text(Language.WELSH, "login.title");

      assertNotEquals(english, welsh);
      assertEquals(english, texts.text(Language.ENGLISH, "login.title"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aKeyNoBundleHasIsAnError() {
    assertThrows(
        MissingResourceException.class, () -> texts.text(Language.WELSH, "no.such.key.anywhere"));
  }
}
