package org.trustintranet.kernel.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Tells the kernel who an authenticated caller is. Implemented by the membership context, which
 * owns people and their memberships; the kernel depends only on this interface.
 */
public interface UserDirectory {
  /** The profile of an active person, or empty when there is none (unknown, or has left). */
  Optional<UserProfile> findActiveProfile(long personId);

  /**
   * The profiles of those of {@code personIds} who are active, by id, in a few statements whatever
   * their number: for jobs that act for many people at once (digests), with nobody signed in.
   */
  Map<Long, UserProfile> findActiveProfiles(Collection<Long> personIds);

  /**
   * Where mail for those of {@code personIds} who are active goes, by id (leavers and unknown ids
   * are left out). Needs nobody signed in: mail jobs run on timers.
   */
  Map<Long, Addressee> addressees(Collection<Long> personIds);
}
