package org.trustintranet.networks.domain;

import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with open classrooms, written once and asked by the service and the page alike.
 *
 * <ul>
 *   <li>See the offers, offer one and sign up: anyone of the trust with a school ({@link
 *       NetworkPolicy#belongsToTrust}); never for one's own offer.
 *   <li>See who is coming and cancel the offer: its teacher, and the admins of the school it was
 *       offered from (trust admins administer every school); an admin of another school may not.
 * </ul>
 */
public final class OpenClassroomPolicy {
  private OpenClassroomPolicy() {}

  public static boolean maySee(UserProfile me) {
    return NetworkPolicy.belongsToTrust(me);
  }

  public static boolean mayOffer(UserProfile me) {
    return maySee(me) && !me.schoolRoles().isEmpty();
  }

  public static boolean mayManage(UserProfile me, OpenClassroom offer) {
    return !me.isAnonymous()
        && (offer.isOfferedBy(me.personId()) || me.mayAdministerSchool(offer.getSchoolId()));
  }

  /** Whether the sign-up button is offered: someone of the trust, not the teacher, while open. */
  public static boolean maySignUp(UserProfile me, OpenClassroom offer) {
    return mayOffer(me) && !offer.isOfferedBy(me.personId()) && offer.isOpen();
  }
}
