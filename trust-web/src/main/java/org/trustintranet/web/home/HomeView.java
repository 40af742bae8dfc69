package org.trustintranet.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.application.SessionView;

/** Backs index.xhtml: the signed-in person's schools and where to go next. */
@Named
@RequestScoped
public class HomeView {
  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  @Inject SessionService sessions;

  private PersonView me;
  private Optional<SessionView> nextSession;

  public PersonView getMe() {
    if (me == null) {
      me = accounts.me();
    }
    return me;
  }

  /** The person's next network session with a booked place, or null. */
  public SessionView getNextSession() {
    if (nextSession == null) {
      nextSession = sessions.nextSession();
    }
    return nextSession.orElse(null);
  }

  public boolean administers(long schoolId) {
    return currentUser.profile().mayAdministerSchool(schoolId);
  }
}
