package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A network's page for the person asking: the network, its leads and members (by name), and, for
 * those who manage it, the requests and invitations waiting; with what this person may do.
 */
public record NetworkPage(
    NetworkRow network,
    List<MemberLine> leads,
    List<MemberLine> members,
    List<MemberLine> requests,
    List<MemberLine> invitations,
    boolean mayManage,
    boolean mayJoin,
    boolean mayLeave)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public NetworkPage {
    leads = List.copyOf(leads);
    members = List.copyOf(members);
    requests = List.copyOf(requests);
    invitations = List.copyOf(invitations);
  }
}
