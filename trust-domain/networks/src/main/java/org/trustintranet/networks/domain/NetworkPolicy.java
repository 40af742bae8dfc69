package org.trustintranet.networks.domain;

import java.time.LocalDate;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Who may do what with networks, written once and asked by the services and the screens alike.
 *
 * <ul>
 *   <li>See networks, their members and leads: anyone of the trust (a member of a school or holder
 *       of a trust role).
 *   <li>Create a network: trust admins.
 *   <li>Manage a network (change it, answer requests, invite, remove, appoint or stand down leads,
 *       renew memberships): its current leads and trust admins.
 *   <li>Join: anyone of the trust who is not a member yet, while the network has not ended; an open
 *       network at once, one by request as a request, one by invitation only by accepting an
 *       invitation.
 *   <li>Leave: any member, except the last lead (someone must manage it).
 * </ul>
 *
 * {@code mine} is the person's own row with the network, or null when they have none.
 */
public final class NetworkPolicy {
  private NetworkPolicy() {}

  /** What joining does for this person now. */
  public enum JoinOutcome {
    /** A member at once. */
    JOINS,
    /** A request for a lead to answer. */
    ASKS,
    /** Accepting an invitation: a member at once. */
    ACCEPTS,
    /** Not possible: a member already, a request waiting, not invited, or the network ended. */
    REFUSED
  }

  public static boolean belongsToTrust(UserProfile me) {
    return !me.isAnonymous() && (!me.schoolRoles().isEmpty() || !me.trustRoles().isEmpty());
  }

  public static boolean maySee(UserProfile me) {
    return belongsToTrust(me);
  }

  public static boolean mayCreate(UserProfile me) {
    return me.isTrustAdmin();
  }

  public static boolean mayManage(UserProfile me, NetworkMember mine, LocalDate today) {
    return me.isTrustAdmin() || (mine != null && mine.isLead(today));
  }

  public static JoinOutcome join(
      UserProfile me, Network network, NetworkMember mine, LocalDate today) {
    if (!belongsToTrust(me) || network.hasEnded(today)) {
      return JoinOutcome.REFUSED;
    }
    if (mine != null && mine.getState() == MemberState.INVITED) {
      return JoinOutcome.ACCEPTS;
    }
    if (mine != null && mine.getState() != MemberState.ACTIVE) {
      return JoinOutcome.REFUSED; // a request is waiting
    }
    if (mine != null && mine.isCurrent(today)) {
      return JoinOutcome.REFUSED;
    }
    return switch (network.getJoining()) {
      case OPEN -> JoinOutcome.JOINS;
      case BY_REQUEST -> JoinOutcome.ASKS;
      case BY_INVITATION -> JoinOutcome.REFUSED;
    };
  }

  /** A current member may leave, unless they are its last lead. */
  public static boolean mayLeave(NetworkMember mine, long currentLeads, LocalDate today) {
    return mine != null
        && (mine.isCurrent(today) && !(mine.isLead(today) && currentLeads <= 1)
            || mine.getState() != MemberState.ACTIVE);
  }
}
