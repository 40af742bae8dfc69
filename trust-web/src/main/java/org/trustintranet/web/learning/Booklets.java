package org.trustintranet.web.learning;

import java.util.Locale;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.Term;

/** Reading the booklet's filters from an address: a term's key and a career stage. */
final class Booklets {
  private Booklets() {}

  /** The stage named by {@code text}, or null (all stages) for nothing or junk. */
  static CareerStage stage(String text) {
    if (text == null || text.isBlank() || text.length() > 30) {
      return null;
    }
    try {
      return CareerStage.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The term of {@code key}, or {@code fallback} for nothing or junk. */
  static Term term(String key, Term fallback) {
    if (key == null || key.isBlank()) {
      return fallback;
    }
    try {
      return Term.parse(key.strip());
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
