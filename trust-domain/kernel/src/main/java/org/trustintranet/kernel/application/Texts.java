package org.trustintranet.kernel.application;

import org.trustintranet.kernel.domain.Language;

/**
 * The intranet's texts (the same bundles its pages use) for work done outside a page: e-mails,
 * digests, feeds. The web module provides the implementation, so every string still lives in one
 * bundle per language.
 */
public interface Texts {
  /**
   * The text of {@code key} in {@code language}, with {@code arguments} put in as {@link
   * java.text.MessageFormat} does; the English text when the language lacks the key.
   *
   * @throws java.util.MissingResourceException when no bundle has {@code key}
   */
  String text(Language language, String key, Object... arguments);
}
