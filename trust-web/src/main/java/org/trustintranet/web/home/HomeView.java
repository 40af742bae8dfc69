package org.trustintranet.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.PersonView;

/** Backs index.xhtml: the signed-in person's schools and where to go next. */
@Named
@RequestScoped
public class HomeView {
  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  private PersonView me;

  public PersonView getMe() {
    if (me == null) {
      me = accounts.me();
    }
    return me;
  }

  public boolean administers(long schoolId) {
    return currentUser.profile().mayAdministerSchool(schoolId);
  }
}
