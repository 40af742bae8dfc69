package org.trustintranet.it.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.kernel.application.CurrentUser;

/**
 * Calls a service as a person from a thread of a test's own pool, as a request would: with a
 * request context of its own (the current user is request-scoped), acting as that person.
 */
@ApplicationScoped
public class AsPerson {
  @Inject CurrentUser currentUser;

  @ActivateRequestContext
  public <T> T call(long personId, Callable<T> work) throws Exception {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return work.call();
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }
}
