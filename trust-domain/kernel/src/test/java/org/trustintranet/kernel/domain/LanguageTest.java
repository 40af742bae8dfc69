package org.trustintranet.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void theStoredTagsAreEnAndCy() {
    assertEquals("en", Language.ENGLISH.tag());
    assertEquals("cy", Language.WELSH.tag());
    assertEquals("en-GB", Language.ENGLISH.locale().toLanguageTag());
    assertEquals("cy", Language.WELSH.locale().toLanguageTag());
  }

  @Test
  void tagsAndLocalesAreReadWhateverTheirCaseOrCountry() {
    assertEquals(Optional.of(Language.WELSH), Language.ofTag(" CY "));
    assertEquals(Optional.of(Language.ENGLISH), Language.of(Locale.US));
    assertEquals(Optional.of(Language.WELSH), Language.of(Locale.forLanguageTag("cy-GB")));
    assertEquals(Optional.empty(), Language.ofTag("fr"));
    assertEquals(Optional.empty(), Language.ofTag(null));
    assertEquals(Optional.empty(), Language.of(null));
  }
}
