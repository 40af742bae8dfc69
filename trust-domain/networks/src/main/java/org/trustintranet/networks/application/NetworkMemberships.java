package org.trustintranet.networks.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Networks' read API for the other contexts (news audiences, rooms' bookings for sessions): which
 * networks a person belongs to now and whether they lead one. Changes are told by {@link
 * NetworkMembershipChanged}.
 */
public interface NetworkMemberships {
  /** The networks where the person is a current member or lead. */
  Set<Long> currentNetworksOf(long personId);

  /**
   * The networks each of these people belongs to now (a person in none is left out), in a statement
   * per 500 people: for a digest to many.
   */
  Map<Long, Set<Long>> currentNetworksOf(Collection<Long> personIds);

  /**
   * The networks the person belongs to now and those they lead, from one read of their rows (a news
   * reader's networks).
   */
  PersonNetworks networksOf(long personId);

  /** True when the person is a current lead of the network. */
  boolean leads(long networkId, long personId);
}
