package org.trustintranet.kernel.application;

import java.util.Optional;

/**
 * Names the authenticated caller of the current request: the person id, or empty when anonymous.
 */
public interface CallerIdentity {
  Optional<Long> callerPersonId();
}
