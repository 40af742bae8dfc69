package org.trustintranet.membership.domain;

import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may act on the whole of a person: their name, email and job title, their password, their
 * leaving. The one place these rules are written: the services enforce them and the screens ask the
 * services what they allow ({@code PersonActions}), so the two cannot disagree.
 *
 * <p>Acting on a whole person needs authority over everything that person holds: a trust admin has
 * it over everyone; anyone else only when they are a school admin of every school the person
 * belongs to now (and the person belongs to at least one), and the person holds no trust role (a
 * holder of a trust role is managed by trust admins only). What concerns one school only (giving or
 * ending a membership there) needs authority over that school: {@link
 * UserProfile#mayAdministerSchool}.
 */
public final class StaffPolicy {
  private StaffPolicy() {}

  /** Authority over everything {@code person} holds; says nothing of whether they are active. */
  public static boolean mayManageWholePerson(UserProfile actor, PersonStanding person) {
    if (actor.isAnonymous()) {
      return false;
    }
    if (actor.isTrustAdmin()) {
      return true;
    }
    return person.trustRoles().isEmpty()
        && !person.schoolIds().isEmpty()
        && actor.schoolsWhere(SchoolRole.SCHOOL_ADMIN).containsAll(person.schoolIds());
  }

  /** Changing the name, email or job title of an active person. */
  public static boolean mayReviseDetails(UserProfile actor, PersonStanding person) {
    return person.active() && mayManageWholePerson(actor, person);
  }

  /**
   * Setting someone else's password (one's own is changed on one's profile, with the current
   * password).
   */
  public static boolean maySetPassword(UserProfile actor, PersonStanding person) {
    return person.active() && !isSelf(actor, person) && mayManageWholePerson(actor, person);
  }

  /** Marking someone else as having left the trust. */
  public static boolean mayMarkLeft(UserProfile actor, PersonStanding person) {
    return person.active() && !isSelf(actor, person) && mayManageWholePerson(actor, person);
  }

  /** Bringing a leaver back: trust admins only. */
  public static boolean mayReinstate(UserProfile actor, PersonStanding person) {
    return !person.active() && actor.isTrustAdmin();
  }

  /** Granting and revoking trust roles: trust admins only, on active people. */
  public static boolean mayChangeTrustRoles(UserProfile actor, PersonStanding person) {
    return person.active() && actor.isTrustAdmin();
  }

  private static boolean isSelf(UserProfile actor, PersonStanding person) {
    return actor.personId() == person.personId();
  }
}
