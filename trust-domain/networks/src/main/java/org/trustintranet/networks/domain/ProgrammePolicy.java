package org.trustintranet.networks.domain;

import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with programmes, written once and asked by the service and the pages alike.
 *
 * <ul>
 *   <li>See the booklet and register: anyone of the trust ({@link NetworkPolicy#belongsToTrust}).
 *   <li>Publish (create, change, add sessions, publish, withdraw) and see the registrations: trust
 *       admins, and school admins of the provider school; an admin of another school may not.
 *   <li>Approve or decline a registration for a programme with a cost: an admin of the school the
 *       registrant registered from (trust admins administer every school).
 * </ul>
 */
public final class ProgrammePolicy {
  private ProgrammePolicy() {}

  public static boolean maySee(UserProfile me) {
    return NetworkPolicy.belongsToTrust(me);
  }

  public static boolean mayPublishFor(UserProfile me, long providerSchoolId) {
    return !me.isAnonymous() && me.mayAdministerSchool(providerSchoolId);
  }

  /** Whether this person may publish for any school at all (offers "New programme"). */
  public static boolean mayPublishAny(UserProfile me) {
    return !me.isAnonymous() && me.administersAnySchool();
  }

  public static boolean mayDecide(UserProfile me, long registrantSchoolId) {
    return !me.isAnonymous() && me.mayAdministerSchool(registrantSchoolId);
  }
}
