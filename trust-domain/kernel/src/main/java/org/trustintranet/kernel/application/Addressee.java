package org.trustintranet.kernel.application;

import java.util.Objects;
import org.trustintranet.kernel.domain.Language;

/**
 * Where mail for an active person goes, and the language to write it in (English for those who
 * never chose one).
 *
 * @param personId the person
 * @param displayName their name as the intranet shows it
 * @param email their address
 * @param language the language they read the intranet in
 */
public record Addressee(long personId, String displayName, String email, Language language) {
  public Addressee {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
  }
}
