package org.trustintranet.networks.application;

import java.io.Serializable;
import java.util.List;

/**
 * A network's coaching for the person asking. Its leads and trust admins ({@code mayPair}) get
 * every pairing of this academic year, the network's limit of coachees per coach and the current
 * members to pair ({@code candidates}); anyone else only their own pairings there.
 */
public record CoachingOverview(
    long networkId,
    String networkName,
    boolean mayPair,
    int coachLimit,
    List<PairingView> pairings,
    List<MemberLine> candidates)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public CoachingOverview {
    pairings = List.copyOf(pairings);
    candidates = List.copyOf(candidates);
  }
}
