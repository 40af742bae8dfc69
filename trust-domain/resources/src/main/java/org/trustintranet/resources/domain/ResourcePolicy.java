package org.trustintranet.resources.domain;

import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with the resource library, written once and asked by the services and the screens
 * alike.
 *
 * <ul>
 *   <li>See: a resource in the library, shared with the trust, by anyone of the trust (a member of
 *       a school or holder of a trust role); shared with its school only, by that school's staff;
 *       every resource by trust admins. A withdrawn resource only by those who may change it.
 *   <li>Share (upload): teachers and school admins of the school it will belong to; trust admins
 *       for any school.
 *   <li>Change (metadata, versions, withdraw, restore): its owner, its school's admins, trust
 *       admins.
 *   <li>Rate: whoever sees it, except its owner. Report a problem: whoever sees it.
 *   <li>Quality-assure: education officers, for any resource they see.
 * </ul>
 */
public final class ResourcePolicy {
  private ResourcePolicy() {}

  public static boolean belongsToTrust(UserProfile me) {
    return !me.isAnonymous() && (!me.schoolRoles().isEmpty() || !me.trustRoles().isEmpty());
  }

  public static boolean maySee(UserProfile me, Resource resource) {
    if (resource.getState() != ResourceState.ACTIVE) {
      return mayChange(me, resource);
    }
    return maySeeShared(me, resource.getSchoolId(), resource.getVisibility());
  }

  /** The rule for a resource in the library, by its school and visibility. */
  public static boolean maySeeShared(UserProfile me, long schoolId, Visibility visibility) {
    if (me.isAnonymous()) {
      return false;
    }
    if (me.isTrustAdmin()) {
      return true;
    }
    return visibility == Visibility.TRUST
        ? belongsToTrust(me)
        : me.schoolRoles().containsKey(schoolId);
  }

  public static boolean mayShareAt(UserProfile me, long schoolId) {
    return me.isTrustAdmin() || me.hasAt(schoolId, SchoolRole.TEACHER);
  }

  public static boolean mayChange(UserProfile me, Resource resource) {
    return !me.isAnonymous()
        && (resource.getOwnerId() == me.personId()
            || me.mayAdministerSchool(resource.getSchoolId()));
  }

  public static boolean mayRate(UserProfile me, Resource resource) {
    return maySee(me, resource)
        && resource.getState() == ResourceState.ACTIVE
        && resource.getOwnerId() != me.personId();
  }

  public static boolean mayAssure(UserProfile me, Resource resource) {
    return me.has(TrustRole.EDUCATION_OFFICER)
        && resource.getState() == ResourceState.ACTIVE
        && maySee(me, resource);
  }
}
