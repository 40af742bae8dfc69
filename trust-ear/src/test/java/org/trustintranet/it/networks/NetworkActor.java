package org.trustintranet.it.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.Standing;
import org.trustintranet.networks.domain.NetworkDetails;

/**
 * Creates, joins or leaves a network as a person from a thread of a test's own pool, as a request
 * would: with a request context of its own (the current user is request-scoped), acting as that
 * person.
 */
@ApplicationScoped
public class NetworkActor {
  @Inject NetworkService networks;
  @Inject CurrentUser currentUser;

  @ActivateRequestContext
  public Standing joinAs(long personId, long networkId) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return networks.join(networkId);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }

  @ActivateRequestContext
  public long createAs(long personId, NetworkDetails details, long leadId) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      return networks.create(details, leadId);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }

  @ActivateRequestContext
  public void leaveAs(long personId, long networkId) {
    TestCallerIdentity.actAs(personId);
    try {
      currentUser.refresh();
      networks.leave(networkId);
    } finally {
      TestCallerIdentity.actAs(null);
    }
  }
}
