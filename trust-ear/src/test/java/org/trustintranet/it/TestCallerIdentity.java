package org.trustintranet.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
import org.trustintranet.kernel.application.CallerIdentity;
import org.trustintranet.kernel.infrastructure.SecurityContextCallerIdentity;

/**
 * Lets an in-container test act as a given person, on its own thread only; every other request (the
 * HTTP and browser tests) goes through Jakarta Security as in production.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestCallerIdentity implements CallerIdentity {
  private static final ThreadLocal<Long> ACTING = new ThreadLocal<>();

  @Inject SecurityContextCallerIdentity real;

  public static void actAs(Long personId) {
    if (personId == null) {
      ACTING.remove();
    } else {
      ACTING.set(personId);
    }
  }

  @Override
  public Optional<Long> callerPersonId() {
    Long acting = ACTING.get();
    return acting != null ? Optional.of(acting) : real.callerPersonId();
  }
}
