package org.trustintranet.kernel.application;

import java.util.Optional;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Tells the kernel who an authenticated caller is. Implemented by the membership context, which
 * owns people and their memberships; the kernel depends only on this interface.
 */
public interface UserDirectory {
  /** The profile of an active person, or empty when there is none (unknown, or has left). */
  Optional<UserProfile> findActiveProfile(long personId);
}
