package org.trustintranet.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.resources.domain.Resource;
import org.trustintranet.resources.domain.ResourcePolicy;
import org.trustintranet.resources.domain.ResourceRepository;

/**
 * The one place where a resource is fetched for someone: "not found" when it is not there or they
 * may not see it (so that a guessed id tells nothing), "not permitted" when they see it but may not
 * change it.
 */
@ApplicationScoped
public class ResourceAccess {
  @Inject ResourceRepository resources;

  /** The resource, if {@code me} may see it. */
  public Resource visible(UserProfile me, long id) {
    return resources
        .find(id)
        .filter(r -> ResourcePolicy.maySee(me, r))
        .orElseThrow(() -> new NotFoundException(ResourceService.NOT_FOUND));
  }

  /** The resource, locked, if {@code me} may change it. */
  public Resource changeable(UserProfile me, long id) {
    Resource resource =
        resources
            .lock(id)
            .filter(r -> ResourcePolicy.maySee(me, r))
            .orElseThrow(() -> new NotFoundException(ResourceService.NOT_FOUND));
    if (!ResourcePolicy.mayChange(me, resource)) {
      throw new NotPermittedException();
    }
    return resource;
  }
}
