package org.trustintranet.kernel.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the intranet speaks. Trusts and consortia in Wales must offer their staff every screen
 * in Welsh as well as English. The tag is what is stored with a person and sent as the page's
 * {@code lang}.
 */
public enum Language {
  ENGLISH("en", Locale.UK),
  WELSH("cy", Locale.forLanguageTag("cy"));

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The short tag stored with a person: {@code en} or {@code cy}. */
  public String tag() {
    return tag;
  }

  /** The locale pages, dates and numbers are shown in: en-GB or cy. */
  public Locale locale() {
    return locale;
  }

  /** The language with this tag ({@code en}, {@code cy}, any case), if the intranet speaks it. */
  public static Optional<Language> ofTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String wanted = tag.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.tag.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language of {@code locale} (its country is ignored), if the intranet speaks it. */
  public static Optional<Language> of(Locale locale) {
    return locale == null ? Optional.empty() : ofTag(locale.getLanguage());
  }
}
