package org.trustintranet.it.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;

/**
 * Who an in-container news test acts as, on its own thread: a demo person by the local part of
 * their e-mail address ("school.admin"), or any person by id; and the demo trust's schools by name,
 * looked up as its trust admin.
 */
@ApplicationScoped
public class Acting {
  @Inject CurrentUser currentUser;
  @Inject PersonRepository people;
  @Inject SchoolService schools;

  public void as(String user) {
    as(people.findByEmail(EmailAddress.parse(user + TestData.DOMAIN)).orElseThrow().getId());
  }

  public void as(long personId) {
    TestCallerIdentity.actAs(personId);
    currentUser.refresh();
  }

  /** Nobody signed in again (after each test). */
  public void nobody() {
    TestCallerIdentity.actAs(null);
    currentUser.refresh();
  }

  /** The id of the demo school called {@code name}; acts as the trust admin to find it. */
  public long school(String name) {
    as("trust.admin");
    return schools.schools(false).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
