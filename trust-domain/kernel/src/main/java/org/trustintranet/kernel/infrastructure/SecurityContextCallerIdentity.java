package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.trustintranet.kernel.application.CallerIdentity;

/** The caller as Jakarta Security knows it: the principal's name is the person's id. */
@ApplicationScoped
public class SecurityContextCallerIdentity implements CallerIdentity {
  @Inject SecurityContext securityContext;

  @Override
  public Optional<Long> callerPersonId() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(principal.getName()));
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
  }
}
