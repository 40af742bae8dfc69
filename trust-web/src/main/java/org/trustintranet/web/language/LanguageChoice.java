package org.trustintranet.web.language;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.membership.application.AccountService;

/**
 * Which language this session's pages are in. A signed-in person's stored choice (made on "My
 * profile" or with the header's switch) wins, on every device; before signing in, or while they
 * have not chosen, a choice made with the link in this session; failing both, the first language of
 * the browser's Accept-Language that the intranet speaks; failing that, English (en-GB). {@link
 * LanguageViewHandler} asks it for every view.
 */
@SessionScoped
public class LanguageChoice implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LanguageChoice.class.getName());

  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;

  /** Chosen with the link in this session while nobody was signed in. */
  private volatile Language sessionChoice;

  /** The signed-in person's stored choice, once read. */
  private volatile Stored stored = Stored.NONE;

  /**
   * A person's stored choice (null: they have not chosen), kept as one value so that a request
   * never sees one person's id with another's language. The bean holds no lock: Weld's client
   * proxy, shared by every session, would take it (see ArchitectureTest).
   */
  private record Stored(long personId, Language language) implements Serializable {
    static final Stored NONE = new Stored(0, null);
  }

  /** The locale of the current page: the choice, else the browser's, else English. */
  public Locale locale(Iterator<Locale> browserLocales) {
    return choice().orElseGet(() -> fromBrowser(browserLocales)).locale();
  }

  /** The language the person or this session chose, if any. */
  Optional<Language> choice() {
    long personId;
    Stored known = stored;
    try {
      personId = currentUser.profile().personId();
      if (personId != 0 && personId != known.personId()) {
        // Two requests of one session may both read it: the same value, written twice.
        known = new Stored(personId, accounts.me().language());
        stored = known;
      }
    } catch (RuntimeException e) {
      // The database is out of reach (the page saying so must still show): this session's choice.
      LOG.log(Level.FINE, "the stored language could not be read", e);
      return Optional.ofNullable(sessionChoice);
    }
    if (personId == 0) {
      return Optional.ofNullable(sessionChoice);
    }
    return Optional.ofNullable(known.language() != null ? known.language() : sessionChoice);
  }

  /**
   * Switches to {@code language}; a signed-in person's choice is also stored with them (a failure
   * to store it is thrown, and nothing changes).
   */
  public void choose(Language language) {
    long personId = currentUser.profile().personId();
    if (personId == 0) {
      sessionChoice = language;
      return;
    }
    accounts.changeMyLanguage(language);
    stored = new Stored(personId, language);
  }

  /** Switches to {@code language} for this session only: when storing the choice failed. */
  public void chooseForThisSession(Language language) {
    sessionChoice = language;
    long personId = currentUser.profile().personId();
    if (personId != 0) {
      stored = new Stored(personId, language);
    }
  }

  /**
   * The first of the browser's languages (most wanted first) that the intranet speaks, whatever its
   * country; English when it speaks none of them.
   */
  public static Language fromBrowser(Iterator<Locale> browserLocales) {
    while (browserLocales != null && browserLocales.hasNext()) {
      Optional<Language> spoken = Language.of(browserLocales.next());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return Language.ENGLISH;
  }
}
