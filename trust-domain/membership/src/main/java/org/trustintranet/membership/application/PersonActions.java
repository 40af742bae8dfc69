package org.trustintranet.membership.application;

import java.io.Serializable;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.PersonStanding;
import org.trustintranet.membership.domain.StaffPolicy;

/**
 * What the current user may do to the whole of one person, as {@link StaffPolicy} decides: the
 * screens show exactly these actions, and the services check the same rules again.
 */
public record PersonActions(
    boolean reviseDetails,
    boolean setPassword,
    boolean markLeft,
    boolean reinstate,
    boolean changeTrustRoles)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing at all. */
  public static final PersonActions NONE = new PersonActions(false, false, false, false, false);

  static PersonActions of(UserProfile actor, PersonStanding person) {
    return new PersonActions(
        StaffPolicy.mayReviseDetails(actor, person),
        StaffPolicy.maySetPassword(actor, person),
        StaffPolicy.mayMarkLeft(actor, person),
        StaffPolicy.mayReinstate(actor, person),
        StaffPolicy.mayChangeTrustRoles(actor, person));
  }
}
